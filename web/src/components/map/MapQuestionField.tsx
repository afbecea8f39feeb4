import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Words } from '../../i18n/catalogue';
import { useMapConfig } from '../../lib/queries/mapConfig';
import type { DialogueMapDto, GeoJsonGeometry, MarkKind, QuestionDto } from '../../api/client';
import { DrawingMap } from './DrawingMap';
import type { Position } from './geo';
import type { Shape } from './LeafletMap';
import { markErrorWords, markKindText, movedPoint, newMarkKey, type MarkDraft } from './marks';
import { viewOf } from './view';
import { describeMark, placeName } from './words';

type Option = QuestionDto['options'][number];

interface Props {
  question: QuestionDto;
  /** The question's legend ("1. Var känns det otryggt? (måste besvaras)"). */
  legend: ReactNode;
  number: number;
  marks: MarkDraft[];
  onChange: (marks: MarkDraft[]) => void;
  /** Errors of the question as a whole (required, too many), already in words, and their element's id. */
  errorText?: ReactNode;
  describedBy?: string;
  /** The errors at one mark, by its index as sent. */
  markErrors?: (index: number) => Words[] | undefined;
  /** The dialogue's map: its area, start view and named places. */
  dialogueMap?: DialogueMapDto | null;
  categoryLabel: (option: Option) => string;
}

export const descriptionMax = 500;
export const commentMax = 1000;

/**
 * A map question: marks on the map (points, routes, areas, as the question allows), at one of the dialogue's named
 * places, or described in words — three ways that count the same. Every mark is listed as text with its district, an
 * optional category and comment, and can be removed. What happens is said in a polite live region.
 */
export function MapQuestionField(props: Props) {
  const { t, say, language } = useI18n();
  const { question, marks, onChange } = props;
  const settings = question.map ?? { kinds: ['point'] as MarkKind[], maxMarks: 5 };
  const id = `q-${question.id}`;
  const config = useMapConfig();
  const districts = useMemo(() => config.data?.districts ?? [], [config.data]);
  const places = useMemo(() => props.dialogueMap?.places ?? [], [props.dialogueMap]);
  const [announcement, setAnnouncement] = useState('');
  const [placeId, setPlaceId] = useState('');
  const [description, setDescription] = useState('');
  const marksHeading = useRef<HTMLParagraphElement>(null);
  // After a place or a description is added its button is disabled: focus goes back to the field, not to the page.
  const placeSelect = useRef<HTMLSelectElement>(null);
  const wordsField = useRef<HTMLTextAreaElement>(null);
  const full = marks.length >= settings.maxMarks;
  const startView = props.dialogueMap?.startView ? viewOf(props.dialogueMap.startView) : null;
  const what = (mark: Pick<MarkDraft, 'geometry' | 'placeId' | 'description'>) => describeMark(t, mark, districts, places, language);

  function add(mark: Omit<MarkDraft, 'key' | 'categoryId' | 'comment'>) {
    if (full) {
      setAnnouncement(t('map.said.full'));
      return;
    }
    onChange([...marks, { key: newMarkKey(), categoryId: '', comment: '', ...mark }]);
    setAnnouncement(t('map.said.added', { n: marks.length + 1, what: what(mark) }));
  }

  const update = (key: string, change: Partial<MarkDraft>) => onChange(marks.map((m) => (m.key === key ? { ...m, ...change } : m)));

  function move(key: string, to: Position) {
    const index = marks.findIndex((m) => m.key === key);
    const mark = marks[index];
    if (!mark?.geometry) return;
    const geometry = movedPoint(mark.geometry, to);
    update(key, { geometry });
    setAnnouncement(t('map.said.moved', { n: index + 1, what: what({ geometry }) }));
  }

  function remove(index: number) {
    onChange(marks.filter((_, i) => i !== index));
    setAnnouncement(t('map.said.removed', { n: index + 1 }));
    // The button is gone with its mark: focus goes to the list, not to the top of the page.
    marksHeading.current?.focus();
  }

  const shapes = useMemo<Shape[]>(
    () =>
      marks.flatMap((m, i): Shape[] =>
        m.geometry
          ? [{ key: m.key, geometry: m.geometry, movable: true, label: t('map.marker', { n: i + 1, what: describeMark(t, m, districts, places, language) }) }]
          : [],
      ),
    [marks, districts, places, language, t],
  );

  const kindsText = markKindText(t);

  return (
    <fieldset className="map-question" aria-describedby={props.describedBy}>
      <legend>{props.legend}</legend>
      {props.errorText}
      <p className="hint">{t('map.hint', { max: settings.maxMarks })}</p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <DrawingMap id={id} kinds={settings.kinds} label={t('map.region', { n: props.number })} shapes={shapes} area={props.dialogueMap?.area}
        startView={startView} fitTo={props.dialogueMap?.area} full={full} announce={setAnnouncement}
        onDrawn={(geometry: GeoJsonGeometry) => add({ geometry })} onMove={move} />
      {full && <p className="hint">{t('map.full', { max: settings.maxMarks })}</p>}

      <div className="map-question__alternatives stack">
        <p>
          <strong>{t('map.withoutMap')}</strong>
        </p>
        {places.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-place`}>{t('map.place')}</label>
            <select id={`${id}-place`} ref={placeSelect} value={placeId} onChange={(e) => setPlaceId(e.target.value)}>
              <option value="">{t('map.place.choose')}</option>
              {places.map((p) => (
                <option key={p.id} value={p.id} lang={language === 'en' && p.nameEn ? 'en' : language === 'sv' ? undefined : 'sv'}>
                  {placeName(p, language)}
                </option>
              ))}
            </select>
            <div>
              <button type="button" className="button button--secondary button--small" disabled={!placeId || full}
                onClick={() => {
                  add({ placeId });
                  setPlaceId('');
                  placeSelect.current?.focus();
                }}>
                {t('map.place.add')}
              </button>
            </div>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-words`}>{t('map.words')}</label>
          <textarea id={`${id}-words`} ref={wordsField} rows={2} maxLength={descriptionMax} value={description} onChange={(e) => setDescription(e.target.value)} />
          <div>
            <button type="button" className="button button--secondary button--small" disabled={!description.trim() || full}
              onClick={() => {
                add({ description: description.trim() });
                setDescription('');
                wordsField.current?.focus();
              }}>
              {t('map.words.add')}
            </button>
          </div>
        </div>
      </div>

      <div className="map-question__marks">
        <p tabIndex={-1} ref={marksHeading}>
          <strong>{t('map.marks')}</strong>
        </p>
        {marks.length === 0 ? (
          <p>{t('map.marks.none')}</p>
        ) : (
          <ol className="mark-list">
            {marks.map((mark, index) => {
              const n = index + 1;
              const markId = `${id}-mark-${mark.key}`;
              const errors = say(props.markErrors?.(index)?.map((w) => markErrorWords(w, kindsText)));
              return (
                <li key={mark.key}>
                  <fieldset aria-describedby={errors ? `${markId}-error` : undefined}>
                    <legend>{t('map.mark', { n, what: what(mark) })}</legend>
                    {errors && (
                      <p className="field-error" id={`${markId}-error`}>
                        {errors.join(' ')}
                      </p>
                    )}
                    {question.options.length > 0 && (
                      <div className="field">
                        <label htmlFor={`${markId}-category`}>{t('map.mark.category')}</label>
                        <select id={`${markId}-category`} value={mark.categoryId} onChange={(e) => update(mark.key, { categoryId: e.target.value })}>
                          <option value="">{t('map.mark.noCategory')}</option>
                          {question.options.map((o) => (
                            <option key={o.id} value={o.id}>
                              {props.categoryLabel(o)}
                            </option>
                          ))}
                        </select>
                      </div>
                    )}
                    <div className="field">
                      <label htmlFor={`${markId}-comment`}>{t('map.mark.comment')}</label>
                      <textarea id={`${markId}-comment`} rows={2} maxLength={commentMax} value={mark.comment}
                        onChange={(e) => update(mark.key, { comment: e.target.value })} />
                    </div>
                    <div>
                      <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                        {t('map.mark.remove', { n })}
                      </button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </fieldset>
  );
}
