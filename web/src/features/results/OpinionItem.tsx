import { useEffect, useState } from 'react';
import type { StaffOpinionDto, ThemeDto } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/format';
import { ageKey, channelKey, relationKey } from '../../lib/participation';
import { Marked } from './Marked';
import { toggle } from './results';

/** One opinion: its channel and time, background, answers and words; its themes and its quote tick. */
export function OpinionItem(props: {
  opinion: StaffOpinionDto;
  themes: ThemeDto[];
  themeName: Map<string, string>;
  districtName: (code: string) => string;
  grouping: boolean;
  compiling: boolean;
  quoted: boolean;
  onTag: (themeIds: string[]) => void;
  onToggleQuote: () => void;
}) {
  const { opinion: o } = props;
  const { t, locale } = useI18n();
  // The ticks follow a click at once (a controlled checkbox would snap back until the optimistic update renders);
  // they follow the list again whenever it changes — after the API's answer, or its refusal.
  const [ticked, setTicked] = useState(o.themeIds);
  useEffect(() => setTicked(o.themeIds), [o.themeIds]);
  const headingId = `opinion-${o.id}`;
  const textId = `opinion-${o.id}-text`;
  // The controls are read with the opinion they belong to: its words, or else its heading.
  const describedBy = o.text ? textId : headingId;
  const background = [
    o.ageBand && t(ageKey(o.ageBand)),
    o.district && props.districtName(o.district),
    o.relation && t(relationKey(o.relation)),
  ].filter(Boolean);
  return (
    <li className="opinion" aria-labelledby={headingId}>
      <h3 id={headingId} className="opinion__heading">
        {t(channelKey(o.channel))} · <time dateTime={o.submittedAt}>{formatDateTime(o.submittedAt, locale)}</time>
      </h3>
      {background.length > 0 && <p className="opinion__meta">{background.join(' · ')}</p>}
      {o.answers.length > 0 && (
        <dl className="answers">
          {o.answers.map((a) => (
            <div key={a.questionId}>
              <dt>{a.question}</dt>
              <dd>
                {a.kind === 'freeText' && a.answer.length === 1 ? (
                  <Marked text={a.answer[0]} hits={a.hits} />
                ) : a.answer.length > 0 ? (
                  a.answer.join(a.kind === 'ranking' ? ' → ' : ', ')
                ) : (
                  '–'
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {o.text && (
        <blockquote className="opinion__text">
          <p id={textId}>
            <Marked text={o.text} hits={o.hits} />
          </p>
        </blockquote>
      )}
      {props.grouping && props.themes.length > 0 ? (
        <fieldset className="opinion__themes" aria-describedby={describedBy}>
          <legend>{t('results.opinion.themes')}</legend>
          <div className="checks">
            {props.themes.map((theme) => {
              const id = `tag-${o.id}-${theme.id}`;
              return (
                <div className="check" key={theme.id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={ticked.includes(theme.id)}
                    onChange={() => {
                      const next = toggle(ticked, theme.id);
                      setTicked(next);
                      props.onTag(next);
                    }}
                  />
                  <label htmlFor={id}>{theme.name}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ) : (
        o.themeIds.length > 0 && (
          <p>
            {t('results.opinion.themes')}: {o.themeIds.map((x) => props.themeName.get(x) ?? x).join(', ')}
          </p>
        )
      )}
      {props.compiling && (
        <div className="check">
          <input id={`quote-${o.id}`} type="checkbox" checked={props.quoted} onChange={props.onToggleQuote} aria-describedby={describedBy} />
          <label htmlFor={`quote-${o.id}`}>{t('results.quote.choose')}</label>
        </div>
      )}
    </li>
  );
}

