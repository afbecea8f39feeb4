// No sentence of the server's reaches a page: a refusal is said by its code from the catalogues in the reader's
// language, an unknown code by a generic catalogue message, never by the problem's English title, detail or message.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProblem } from '../api/http';
import { translate } from '../i18n/I18nProvider';
import { languageCodes } from '../i18n/languages';
import { fieldErrorWords, placeProblem, problemWords } from './problems';
import { dialogueDetails, renderAt } from './testing';

const english = {
  title: 'Qx server title: an unexpected condition.',
  detail: 'Qx server detail for the logs.',
  message: 'Qx server message: the field is not acceptable.',
};

describe('every message in the resident’s language', () => {
  it('turns any problem into catalogue words, an unknown code into a generic one, in every language', () => {
    const problems = [
      new ApiProblem({ status: 400, code: 'brand.newCode', title: english.title, detail: english.detail }),
      new ApiProblem({ status: 503, title: english.title, detail: english.detail }),
      new ApiProblem({ status: 0, title: 'Failed to fetch' }),
      new ApiProblem({ status: 422, code: '', title: english.title }),
    ];
    for (const language of languageCodes) {
      for (const problem of problems) {
        const words = problemWords(problem);
        expect(words.key.startsWith('problem.'), words.key).toBe(true);
        const said = translate(language, words.key, words.params);
        expect(said).not.toMatch(/Qx server|Failed to fetch/);
        expect(said).not.toBe(words.key);
      }
      const field = fieldErrorWords({ code: 'brand.newFieldCode', params: { max: '5' } });
      expect(field.key).toBe('field.invalid');
      expect(translate(language, field.key, field.params)).not.toBe('field.invalid');
    }
    expect(problemWords(new ApiProblem({ status: 400, code: 'brand.newCode', title: english.title })).key).toBe('problem.unknown');
  });

  it('places field errors by their codes, never their messages', () => {
    const problem = new ApiProblem({
      status: 400,
      code: 'request.invalid',
      title: english.title,
      fieldErrors: [{ field: 'text', code: 'brand.newFieldCode', params: {}, message: english.message }],
    });
    const placed = placeProblem(problem, (steps) => String(steps[0]));
    expect(JSON.stringify(placed)).not.toContain('Qx server');
    expect(placed.fields.text).toEqual([{ key: 'field.invalid', params: {} }]);
  });

  for (const language of ['sv', 'en', 'ar'] as const) {
    it(`shows a failed dialogue page in words from the catalogue (${language})`, async () => {
      localStorage.setItem('medborgardialog.language', language);
      renderAt('/dialoger/skatepark', { '/api/dialogue-slugs/skatepark': { status: 400, body: { status: 400, code: 'brand.newCode', ...english } } });

      expect(await screen.findByText(translate(language, 'problem.unknown'))).toBeInTheDocument();
      expect(document.body.textContent).not.toMatch(/Qx server/);
    });
  }

  it('shows a refused opinion with unknown codes in catalogue words, not the server’s English', async () => {
    const dialogue = dialogueDetails({ status: 'open' });
    renderAt('/dialoger/skatepark/tyck-till', {
      '/api/dialogue-slugs/skatepark': { body: dialogue },
      '/api/dialogues/d1/opinions': {
        status: 400,
        body: {
          status: 400,
          code: 'request.invalid',
          title: english.title,
          detail: english.detail,
          fieldErrors: [
            { field: 'text', code: 'brand.newFieldCode', params: {}, message: english.message },
            { field: 'somethingNew', code: 'brand.otherCode', params: {}, message: english.message },
          ],
        },
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(`Din synpunkt: ${dialogue.question}`, { exact: false }), 'Vid Skrantorp.');
    await user.click(screen.getByRole('button', { name: 'Skicka' }));

    expect((await screen.findAllByText(translate('sv', 'field.invalid'), { exact: false })).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(/Qx server/);
  });
});
