import type { Ref } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadJson } from '../../lib/download';
import { problemWords } from '../../lib/problems';
import { policeReportFileName } from './labels';
import { usePoliceReport } from './api/policeReport';

/** Downloads the documentation for a police report (the opinion, its hits, reports and log) as a JSON file. */
export function PoliceReportDownload({
  opinionId,
  describedBy,
  label,
  buttonRef,
  small,
}: {
  opinionId: string;
  describedBy?: string;
  label?: string;
  buttonRef?: Ref<HTMLButtonElement>;
  small?: boolean;
}) {
  const { t } = useI18n();
  const exported = usePoliceReport(opinionId, (data) => downloadJson(policeReportFileName(opinionId), data));
  const failed = exported.error && problemWords(exported.error);
  return (
    <span className="police-download">
      <button
        ref={buttonRef}
        type="button"
        className={`button button--secondary${small ? ' button--small' : ''}`}
        onClick={() => exported.mutate()}
        disabled={exported.isPending}
        aria-describedby={describedBy}
        aria-label={label}
      >
        {t('moderation.police.download')}
      </button>
      <span role="status" className="police-download__status">
        {exported.isSuccess && t('moderation.police.downloaded', { file: policeReportFileName(opinionId) })}
      </span>
      {exported.isError && (
        <span role="alert" className="field-error">
          {failed && t(failed.key, failed.params)}
        </span>
      )}
    </span>
  );
}
