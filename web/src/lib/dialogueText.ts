// A dialogue's own texts in the reader's language: the officials' translation when there is one, else the Swedish,
// which stays the authoritative text. A text shown in Swedish on a page in another language says so with lang="sv".
import type { DialogueDetails, DialogueTranslationDto, QuestionDto, QuestionOptionDto, QuestionTranslationDto } from '../api/client';

const swedish = 'sv';

export interface DialogueText {
  title: string;
  summary: string;
  question: string;
  easyReadText?: string | null;
  /** The language the texts above are in (`sv` when there is no translation). */
  lang: string;
  /** True when the reader chose another language than Swedish and the officials have not translated the dialogue. */
  onlyInSwedish: boolean;
  /** The translation's texts of the questionnaire, by question id. */
  questions: ReadonlyMap<string, QuestionTranslationDto>;
}

type Translatable = Pick<DialogueDetails, 'title' | 'summary' | 'question' | 'easyReadText'> & { translations?: DialogueTranslationDto[] };

/** The dialogue's texts as a reader of `language` sees them. */
export function dialogueText(dialogue: Translatable, language: string): DialogueText {
  const translation = language === swedish ? undefined : dialogue.translations?.find((t) => t.language === language);
  if (!translation) {
    return {
      title: dialogue.title,
      summary: dialogue.summary,
      question: dialogue.question,
      easyReadText: dialogue.easyReadText,
      lang: swedish,
      onlyInSwedish: language !== swedish,
      questions: new Map(),
    };
  }
  return {
    title: translation.title,
    summary: translation.summary,
    question: translation.question,
    // An easy-read text not yet translated is shown in Swedish (the page marks it lang="sv").
    easyReadText: translation.easyReadText ?? dialogue.easyReadText,
    lang: language,
    onlyInSwedish: false,
    questions: new Map(translation.questions.map((q) => [q.questionId, q])),
  };
}

/** A title and summary for a list, in the reader's language when translated. */
export function summaryText(
  item: { title: string; summary: string; translations?: { language: string; title: string; summary: string }[] },
  language: string,
): { title: string; summary: string; lang: string } {
  const t = language === swedish ? undefined : item.translations?.find((x) => x.language === language);
  return t ? { title: t.title, summary: t.summary, lang: language } : { title: item.title, summary: item.summary, lang: swedish };
}

/** A question's text (and its options') in the reader's language: the translation, else the older English field, else
 * the Swedish; each with the language it is in. */
export function questionText(question: QuestionDto, language: string, translation?: QuestionTranslationDto) {
  const text = (t: string | null | undefined, fallback: string): { text: string; lang: string } =>
    t ? { text: t, lang: language } : { text: fallback, lang: swedish };
  return {
    ...text(translation?.text ?? (language === 'en' ? question.textEn : undefined), question.text),
    option: (o: QuestionOptionDto) => text(translation?.options.find((x) => x.optionId === o.id)?.text ?? (language === 'en' ? o.textEn : undefined), o.text),
  };
}
