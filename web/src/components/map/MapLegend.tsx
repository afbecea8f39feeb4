import { useId } from 'react';
import type { LegendEntry } from './categories';
import './legend.css';

/** The colours of a map's categories as a list (the colour is never the only thing that says which category it is). */
export function MapLegend({ heading, entries }: { heading: string; entries: LegendEntry[] }) {
  const id = useId();
  return (
    <div className="map-legend">
      <p id={id} className="map-legend__heading">
        {heading}
      </p>
      <ul aria-labelledby={id}>
        {entries.map((entry) => (
          <li key={entry.categoryId ?? ''}>
            <span className="map-legend__swatch" style={{ background: entry.colour }} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
