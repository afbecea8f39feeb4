import type { Ref } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { PoliceReportExport } from '../../api/client';
import { call, moderationClient, type ApiProblem } from '../../api/http';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadJson } from '../../lib/download';
import { policeReportFileName } from './labels';

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
  const exported = useMutation<PoliceReportExport, ApiProblem>({
    mutationFn: () => call(() => moderationClient.exportPoliceReport(opinionId)),
    onSuccess: (data) => downloadJson(policeReportFileName(opinionId), data),
  });
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
          {exported.error.detail ?? exported.error.title}
        </span>
      )}
    </span>
  );
}
