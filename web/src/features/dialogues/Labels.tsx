import type { DialogueForm, DialogueStatus, TargetGroup } from '../../api/client';
import { formKey, groupKey, statusKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';

export function StatusBadge({ status }: { status: DialogueStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge--${status}`}>{t(statusKey(status))}</span>;
}

export function FormList({ forms }: { forms: DialogueForm[] }) {
  const { t } = useI18n();
  return (
    <ul className="tags">
      {forms.map((form) => (
        <li key={form} className="tag">
          {t(formKey(form))}
        </li>
      ))}
    </ul>
  );
}

export function GroupList({ groups }: { groups: TargetGroup[] }) {
  const { t } = useI18n();
  return (
    <ul className="tags">
      {groups.map((group) => (
        <li key={group} className="tag tag--group">
          {t(groupKey(group))}
        </li>
      ))}
    </ul>
  );
}
