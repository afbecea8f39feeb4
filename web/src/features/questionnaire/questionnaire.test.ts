import { invalidRequest } from '../../lib/testing';
import { placeProblem } from '../../lib/problems';
import type { QuestionDto } from '../../api/client';
import {
  changeKind,
  fieldId,
  fromQuestions,
  moveItem,
  newQuestion,
  placeChecked,
  questionnaireFieldOf,
  toQuestionInputs,
  validateQuestionnaire,
  type DraftQuestion,
} from './questionnaire';

const saved: QuestionDto[] = [
  {
    id: 'q1',
    kind: 'singleChoice',
    text: 'Var ska parken ligga?',
    textEn: 'Where should the park be?',
    required: true,
    options: [
      { id: 'o1', text: 'Skranta', textEn: null },
      { id: 'o2', text: 'Centrum', textEn: 'Centre' },
    ],
  },
  { id: 'q2', kind: 'scale', text: 'Hur viktigt är det?', textEn: null, required: false, options: [] },
];

describe('the questionnaire editor state', () => {
  it('round-trips a saved questionnaire to the PUT body, keeping ids and order', () => {
    const body = toQuestionInputs(fromQuestions(saved));

    expect(body).toEqual([
      {
        id: 'q1',
        kind: 'singleChoice',
        text: 'Var ska parken ligga?',
        textEn: 'Where should the park be?',
        required: true,
        options: [
          { id: 'o1', text: 'Skranta', textEn: null },
          { id: 'o2', text: 'Centrum', textEn: 'Centre' },
        ],
      },
      { id: 'q2', kind: 'scale', text: 'Hur viktigt är det?', textEn: null, required: false, options: [] },
    ]);
  });

  it('trims texts, sends an empty English text as null and a new question without an id', () => {
    const q: DraftQuestion = { ...newQuestion('freeText'), text: '  Något mer?  ', textEn: '   ' };

    expect(toQuestionInputs([q])).toEqual([{ id: null, kind: 'freeText', text: 'Något mer?', textEn: null, required: false, options: [] }]);
  });

  it('gives a new choice question two empty options, and keeps options out of the body for kinds without them', () => {
    const choice = newQuestion('ranking');
    expect(choice.options).toHaveLength(2);

    const scale = changeKind({ ...fromQuestions(saved)[0] }, 'scale');
    expect(scale.options).toHaveLength(2); // kept while editing, in case the official switches back
    expect(toQuestionInputs([scale])[0].options).toEqual([]);

    const backToChoice = changeKind(changeKind(newQuestion('freeText'), 'multipleChoice'), 'multipleChoice');
    expect(backToChoice.options).toHaveLength(2);
  });

  it('moves a question or an option one step and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('finds an empty question, too few options, an empty option and two options that are the same', () => {
    const questions: DraftQuestion[] = [
      { ...newQuestion('singleChoice'), text: '' },
      { ...newQuestion('multipleChoice'), text: 'Vad?', options: [{ key: 'a', text: 'Bowl', textEn: '' }] },
      {
        ...newQuestion('ranking'),
        text: 'Rangordna',
        options: [
          { key: 'b', text: 'Pris', textEn: '' },
          { key: 'c', text: ' pris ', textEn: '' },
        ],
      },
    ];

    expect(validateQuestionnaire(questions)).toEqual({
      'questions[0].text': ['questionnaire.error.text'],
      'questions[0].options[0].text': ['questionnaire.error.optionText'],
      'questions[0].options[1].text': ['questionnaire.error.optionText'],
      'questions[1].options': ['questionnaire.error.optionCount'],
      'questions[2].options[1].text': ['questionnaire.error.optionSame'],
    });
    expect(validateQuestionnaire(fromQuestions(saved))).toEqual({});
  });

  it('places the API field errors at the fields of the questions as they were sent', () => {
    const sent = fromQuestions(saved);
    const problem = invalidRequest(
      ['questions[0].options', 'tooFew', { min: '2' }],
      ['questions[0].options[1].textEn', 'tooLong', { max: '200' }],
      ['questions[1].text', 'required'],
      ['questions', 'tooMany', { max: '30' }],
    );

    const placed = placeProblem(problem, (path) => questionnaireFieldOf(path, sent));

    expect(placed.fields).toEqual({
      [fieldId.options(sent[0])]: [{ key: 'field.tooFew', params: { min: 2 } }],
      [fieldId.optionTextEn(sent[0], sent[0].options[1])]: [{ key: 'field.tooLong', params: { max: 200 } }],
      [fieldId.text(sent[1])]: [{ key: 'field.required', params: {} }],
    });
    expect(placed.general).toEqual([{ key: 'field.tooMany', params: { max: 30 } }]);
    expect(placeChecked({ 'questions[1].text': ['questionnaire.error.text'], questions: ['questionnaire.error.tooMany'] }, sent)).toEqual({
      fields: { [fieldId.text(sent[1])]: [{ key: 'questionnaire.error.text' }] },
      general: [{ key: 'questionnaire.error.tooMany' }],
    });
  });
});
