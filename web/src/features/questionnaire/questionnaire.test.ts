import type { QuestionDto } from '../../api/client';
import {
  changeKind,
  fieldId,
  fromQuestions,
  moveItem,
  newQuestion,
  placeErrors,
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
      'questionnaire.questions[0].text': ['questionnaire.error.text'],
      'questionnaire.questions[0].options[0].text': ['questionnaire.error.optionText'],
      'questionnaire.questions[0].options[1].text': ['questionnaire.error.optionText'],
      'questionnaire.questions[1].options': ['questionnaire.error.optionCount'],
      'questionnaire.questions[2].options[1].text': ['questionnaire.error.optionSame'],
    });
    expect(validateQuestionnaire(fromQuestions(saved))).toEqual({});
  });

  it('places the API field errors at the fields of the questions as they were sent', () => {
    const sent = fromQuestions(saved);

    const placed = placeErrors(
      {
        'questionnaire.questions[0].options': ['Give from 2 to 20 options.'],
        'questionnaire.questions[0].options[1].textEn': ['Too long.'],
        'questionnaire.questions[1].text': ["'Text' must not be empty."],
        'questionnaire.questions': ['A questionnaire has at most 30 questions.'],
      },
      sent,
    );

    expect(placed.fields).toEqual({
      [fieldId.options(sent[0])]: ['Give from 2 to 20 options.'],
      [fieldId.optionTextEn(sent[0], sent[0].options[1])]: ['Too long.'],
      [fieldId.text(sent[1])]: ["'Text' must not be empty."],
    });
    expect(placed.general).toEqual(['A questionnaire has at most 30 questions.']);
  });
});
