import { screen } from '@testing-library/react';
import { renderAt } from '../../lib/testing';
import { embedSnippet } from './EmbedSnippet';

describe('the embed snippet on the accessibility statement', () => {
  it('shows the code to paste, for this site, with the filters explained', async () => {
    renderAt('/tillganglighet', {});

    expect(await screen.findByRole('heading', { level: 2, name: 'Visa dialogerna på din webbplats' })).toBeInTheDocument();
    const code = screen.getByLabelText('Kod att klistra in på din sida');
    expect(code).toHaveTextContent(`<iframe src="${location.origin}/inbaddning/dialoger?omrade=centrum&amp;antal=5"`);
    expect(code).toHaveTextContent('title="Aktuella dialoger i Karlskoga kommun"');
    expect(screen.getByText(/^sprak – listans språk/)).toBeInTheDocument();
  });

  it('listens only to this origin and only to the height', () => {
    const code = embedSnippet('https://medborgardialog.karlskoga.se');
    expect(code).toContain("event.origin !== 'https://medborgardialog.karlskoga.se'");
    expect(code).toContain("event.data?.type !== 'medborgardialog:height'");
  });
});
