import { useRef, useState, type FormEvent } from 'react';
import type { DialogueDetails, ImportOpinionsResponse, ImportRowError } from '../../api/client';
import { toApiProblem, type ApiProblem } from '../../api/http';
import { useI18n } from '../../i18n/I18nProvider';
import type { Words } from '../../i18n/catalogue';
import { byPath, fieldErrorWords, parseFieldPath, placeProblem, problemWords } from '../../lib/problems';
import { FieldError } from '../../components/Fields';
import { formatNumber } from '../../lib/format';
import { useImportOpinions } from './api/importOpinions';

/** A row of the report, in words for its code (never the API's English message): what is wrong, what the cell says
 * and what it may say. */
export interface ReportRow {
  row: number;
  column?: string | null;
  words: Words[];
}

/** The words for one problem in the file: its code's words, then the cell's value and what is allowed, when given. */
function rowWords(error: Pick<ImportRowError, 'code' | 'params'>): Words[] {
  const params = error.params ?? {};
  return [
    fieldErrorWords(error),
    ...(params.value !== undefined ? [{ key: 'staffOpinions.import.value' as const, params: { value: params.value } }] : []),
    ...(params.allowed !== undefined ? [{ key: 'staffOpinions.import.allowed' as const, params: { allowed: params.allowed } }] : []),
  ];
}

/** A dry run's problems as the rows of the report. */
export function rowErrorsFromReport(errors: ImportRowError[]): ReportRow[] {
  return errors.map((e) => ({ row: e.row, column: e.column, words: rowWords(e) }));
}

/** A refused real import's field errors (`rows[3].kanal`, `rows[4]`) as the rows of the report, in row order. */
export function rowErrorsFromProblem(problem: ApiProblem): ReportRow[] {
  return problem.fieldErrors
    .flatMap((error) => {
      const [first, row, column] = parseFieldPath(error.field);
      return first === 'rows' && typeof row === 'number' ? [{ row, column: column === undefined ? null : String(column), words: rowWords(error) }] : [];
    })
    .sort((a, b) => a.row - b.row);
}

/** Whether the chosen file is the one that passed a dry run without errors (and has rows to import). */
export function canImport(file: File | null, checked: { file: File; result: ImportOpinionsResponse } | undefined): boolean {
  return Boolean(file && checked && checked.file === file && checked.result.errors.length === 0 && checked.result.rows > 0);
}

type Outcome =
  | { kind: 'checked'; rows: number; errors: ReportRow[] }
  | { kind: 'refused'; errors: ReportRow[] }
  | { kind: 'imported'; count: number };

/** Many offline opinions at once from a CSV file: a dry run with a report first, then the import of that same file. */
export function OpinionImport({ dialogue }: { dialogue: DialogueDetails }) {
  const { t, say, locale } = useI18n();
  const importing = useImportOpinions(dialogue.id);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ file: File; result: ImportOpinionsResponse }>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [fileErrors, setFileErrors] = useState<Words[]>();
  const [problem, setProblem] = useState<Words>();
  const [busy, setBusy] = useState(false);

  function choose(next: File | null) {
    setFile(next);
    setChecked(undefined);
    setOutcome(undefined);
    setFileErrors(undefined);
    setProblem(undefined);
  }

  async function send(dryRun: boolean) {
    setProblem(undefined);
    setFileErrors(undefined);
    if (!file) {
      setFileErrors([{ key: 'staffOpinions.import.chooseFile' }]);
      input.current?.focus();
      return;
    }
    const sent = file;
    setBusy(true);
    try {
      const result = await importing.mutateAsync({ file: sent, dryRun });
      if (dryRun) {
        setChecked({ file: sent, result });
        setOutcome({ kind: 'checked', rows: result.rows, errors: rowErrorsFromReport(result.errors) });
      } else {
        setOutcome({ kind: 'imported', count: result.imported });
        setChecked(undefined);
        setFile(null);
        if (input.current) input.current.value = '';
      }
    } catch (error) {
      const apiProblem = toApiProblem(error);
      const rows = rowErrorsFromProblem(apiProblem);
      const placed = placeProblem(apiProblem, byPath((field) => field === 'file'));
      if (placed.fields.file) {
        setFileErrors(placed.fields.file);
        setOutcome(undefined);
        input.current?.focus();
      } else if (rows.length > 0) {
        setChecked(undefined);
        setOutcome({ kind: 'refused', errors: rows });
      } else {
        setProblem(placed.general[0] ?? problemWords(apiProblem));
      }
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send(true);
  }

  const ready = canImport(file, checked);
  const report = outcome && outcome.kind !== 'imported' && outcome.errors.length > 0 ? outcome.errors : undefined;

  return (
    <section aria-labelledby="import-heading" className="stack">
      <h2 id="import-heading">{t('staffOpinions.import.title')}</h2>
      <p>{t('staffOpinions.import.intro')}</p>
      <p>
        <a href={`/api/dialogues/${dialogue.id}/offline-opinions/template.csv`} download={`synpunkter-${dialogue.slug}.csv`}>
          {t('staffOpinions.import.template')}
        </a>
      </p>
      <p className="hint">{t('staffOpinions.import.columns')}</p>
      <form className="stack" onSubmit={submit} noValidate aria-labelledby="import-heading">
        <div className="field">
          <label htmlFor="import-file">{t('staffOpinions.import.file')}</label>
          <input
            id="import-file"
            ref={input}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
            aria-invalid={fileErrors ? true : undefined}
            aria-describedby={fileErrors ? 'import-file-error' : 'import-run-hint'}
          />
          <FieldError id="import-file" messages={say(fileErrors)} />
        </div>
        <div className="import-actions">
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t('staffOpinions.import.check')}
          </button>
          <button type="button" className="button" disabled={busy || !ready} aria-describedby="import-run-hint" onClick={() => void send(false)}>
            {t('staffOpinions.import.run')}
          </button>
        </div>
        <p id="import-run-hint" className="hint">
          {t('staffOpinions.import.runHint')}
        </p>
      </form>
      <div role="status">
        {outcome?.kind === 'checked' && outcome.errors.length === 0 && (
          <p className={`notice ${outcome.rows > 0 ? 'notice--success' : 'notice--warning'}`}>
            {outcome.rows > 0 ? t('staffOpinions.import.ok', { rows: outcome.rows }) : t('staffOpinions.import.empty')}
          </p>
        )}
        {outcome?.kind === 'checked' && outcome.errors.length > 0 && (
          <p className="notice notice--error">{t('staffOpinions.import.failed', { count: outcome.errors.length, rows: outcome.rows })}</p>
        )}
        {outcome?.kind === 'refused' && <p className="notice notice--error">{t('staffOpinions.import.refused', { count: outcome.errors.length })}</p>}
        {outcome?.kind === 'imported' && <p className="notice notice--success">{t('staffOpinions.import.done', { count: outcome.count })}</p>}
      </div>
      {problem && (
        <p className="notice notice--error" role="alert">
          {t(problem.key, problem.params)}
        </p>
      )}
      {report && (
        <table className="data-table">
          <caption>{t('staffOpinions.import.report')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staffOpinions.import.row')}</th>
              <th scope="col">{t('staffOpinions.import.column')}</th>
              <th scope="col">{t('staffOpinions.import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {report.map((e, i) => (
              <tr key={i}>
                <td className="number">{formatNumber(e.row, locale)}</td>
                <td>{e.column ?? t('staffOpinions.import.wholeRow')}</td>
                <td>{say(e.words)?.join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
