import { translate } from '../i18n/I18nProvider';
import { compliancePromises, itemStateKey, itemStates, promiseKey } from './compliance';
import { countLabelKey } from './participation';

describe('the promises in words, shared by the transparency page and the staff dashboard', () => {
  it('names the promises in plain Swedish, and in English', () => {
    expect(compliancePromises.map((p) => translate('sv', promiseKey(p)))).toEqual([
      'Q1 Alla har rätt att bli hörda',
      'Q2 Resultatet är en del av beslutsunderlaget',
      'Q3a Tydlig information om när, var och hur',
      'Q3b Lättillgängligt faktaunderlag',
      'Q4 Vi når de grupper som berörs',
      'Q5 Återkoppling till dem som deltog',
    ]);
    const english = compliancePromises.map((p) => translate('en', promiseKey(p)));
    expect(english.every((text, i) => text.startsWith(['Q1 ', 'Q2 ', 'Q3a ', 'Q3b ', 'Q4 ', 'Q5 '][i]))).toBe(true);
    expect(english).toContain('Q4 We reach the groups affected');
  });

  it('says where a promise stands in words', () => {
    expect(itemStates.map((s) => translate('sv', itemStateKey(s)))).toEqual(['Uppfyllt', 'Inte uppfyllt', 'Inte aktuellt än', 'Inställd']);
    expect(itemStates.map((s) => translate('en', itemStateKey(s)))).toEqual(['Met', 'Not met', 'Not yet due', 'Cancelled']);
  });

  it('names channels and age bands, and leaves districts to their own names', () => {
    expect(translate('sv', countLabelKey('channel', 'dialogueWalk')!)).toBe('Dialogpromenad');
    expect(translate('sv', countLabelKey('ageBand', 'age16To25')!)).toBe('16–25');
    expect(translate('sv', countLabelKey('ageBand', 'unknown')!)).toBe('Inte angivet');
    expect(countLabelKey('district', 'centrum')).toBeUndefined();
    expect(translate('sv', countLabelKey('district', 'unknown')!)).toBe('Inte angivet');
  });
});
