import { ApiProblem } from '../api/http';
import { translate } from '../i18n/I18nProvider';
import { byPath, fieldErrorWords, fieldPath, parseFieldPath, placeProblem, problemWords } from './problems';
import { invalidRequest } from './testing';

describe('problem documents in words', () => {
  it('reads a field’s JSON path in steps, without guessing at prefixes', () => {
    expect(parseFieldPath('text')).toEqual(['text']);
    expect(parseFieldPath('background.district')).toEqual(['background', 'district']);
    expect(parseFieldPath('answers[0].optionIds[2]')).toEqual(['answers', 0, 'optionIds', 2]);
    expect(parseFieldPath('links[10].url')).toEqual(['links', 10, 'url']);
    expect(parseFieldPath('answers[q1]')).toEqual(['answers', 'q1']);
    expect(parseFieldPath('$')).toEqual([]);
    expect(parseFieldPath('$.title')).toEqual(['title']);
    expect(fieldPath(['links', 0, 'url'])).toBe('links[0].url');
    expect(fieldPath(parseFieldPath('questions[1].options[0].textEn'))).toBe('questions[1].options[0].textEn');
  });

  it('says a problem by its code, in Swedish, never in the API’s English', () => {
    const words = problemWords(new ApiProblem({ status: 409, code: 'dialogue.notOpen', title: 'Conflict', detail: 'The dialogue is not open.' }));
    expect(translate('sv', words.key, words.params)).toBe('Dialogen är inte öppen just nu.');
    expect(translate('en', words.key, words.params)).toBe('The dialogue is not open right now.');
  });

  it('says a code without words of its own by its status, and a failed connection as such', () => {
    const say = (problem: ApiProblem) => translate('sv', problemWords(problem).key);
    expect(say(new ApiProblem({ status: 409, code: 'something.new', title: 'Conflict', detail: 'English.' }))).toBe(translate('sv', 'problem.resource.conflict'));
    expect(say(new ApiProblem({ status: 500, title: 'Error' }))).toBe(translate('sv', 'problem.server.unexpected'));
    expect(say(new ApiProblem({ status: 0, title: 'Failed to fetch' }))).toBe(translate('sv', 'problem.network'));
    expect(say(new ApiProblem({ status: 418, title: 'Teapot' }))).toBe(translate('sv', 'problem.unknown'));
  });

  it('says a field error with its parameters, naming another field by the form’s label', () => {
    const tooLong = fieldErrorWords({ code: 'tooLong', params: { max: '200' } });
    expect(translate('sv', tooLong.key, tooLong.params)).toBe('Texten är för lång: högst 200 tecken.');
    const wayTooLong = fieldErrorWords({ code: 'tooLong', params: { max: '10000' } });
    expect(translate('sv', wayTooLong.key, wayTooLong.params)).toBe('Texten är för lång: högst 10\u00a0000 tecken.');
    expect(translate('en', wayTooLong.key, wayTooLong.params)).toBe('The text is too long: at most 10,000 characters.');
    const before = fieldErrorWords({ code: 'mustBeAfter', params: { other: 'opensAt' } }, (path) => (path === 'opensAt' ? 'Öppnar' : undefined));
    expect(translate('sv', before.key, before.params)).toBe('Måste vara efter ”Öppnar”.');
    expect(fieldErrorWords({ code: 'noSuchCode', params: {} }).key).toBe('field.invalid');
  });

  it('places field errors at the form’s fields, and the rest in general', () => {
    const problem = invalidRequest(['links[0].url', 'invalidUrl'], ['text', 'required'], ['dialogueId', 'unknownReference']);
    const placed = placeProblem(problem, byPath((field) => field === 'text' || field === 'links[0].url'));
    expect(placed.fields).toEqual({ 'links[0].url': [{ key: 'field.invalidUrl', params: {} }], text: [{ key: 'field.required', params: {} }] });
    expect(placed.general).toEqual([{ key: 'field.unknownReference', params: {} }]);
    expect(placeProblem(new ApiProblem({ status: 409, code: 'theme.exists', title: 'Conflict' }))).toEqual({ fields: {}, general: [{ key: 'problem.theme.exists' }] });
  });
});
