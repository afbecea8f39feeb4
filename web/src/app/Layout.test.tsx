import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '../lib/testing';

// The header's menu on a narrow screen is a disclosure (styles.css hides the button on a wide one and shows the
// navigation; jsdom applies no style sheet, so this tests the states, and e2e/reflow.test.ts what a phone shows).
describe('the header menu', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a button that says whether the navigation it controls is open', async () => {
    renderAt('/tillganglighet', {});
    const button = screen.getByRole('button', { name: 'Meny' });
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', nav.id);
    expect(nav).not.toHaveClass('site-nav--open');

    await userEvent.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toHaveClass('site-nav--open');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on Escape and gives the focus back to the button', async () => {
    renderAt('/tillganglighet', {});
    const button = screen.getByRole('button', { name: 'Meny' });
    await userEvent.click(button);
    await userEvent.tab();
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('link', { name: 'Alla dialoger' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');

    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes when a link in it is followed, and when the page changes by other means', async () => {
    const { router } = renderAt('/tillganglighet', { '/api/officials': { body: [] } });
    const button = screen.getByRole('button', { name: 'Meny' });
    await userEvent.click(button);
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('link', { name: 'Förtroendevalda' }));
    expect(router.state.location.pathname).toBe('/fortroendevalda');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // The officials' page is a lazy chunk: until it is shown, the header still belongs to the page before.
    await screen.findByRole('heading', { level: 1, name: 'Förtroendevalda' });

    await userEvent.click(button);
    await userEvent.click(screen.getByRole('link', { name: 'Tillgänglighetsredogörelse' }));
    // the footer's link, outside the menu
    expect(router.state.location.pathname).toBe('/tillganglighet');
    expect(screen.getByRole('button', { name: 'Meny' })).toHaveAttribute('aria-expanded', 'false');
  });
});
