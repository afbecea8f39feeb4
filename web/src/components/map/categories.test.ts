import { categoryColour, categoryName, categoryPalette, clusterSize, legendOf, noCategoryColour } from './categories';

const options = [
  { id: 'c1', text: 'Farlig korsning' },
  { id: 'c2', text: 'Otrygg plats' },
  { id: 'c3', text: 'Bra plats' },
];

describe('category colours', () => {
  it('follow the category’s place among the options, grey for none or an unknown one', () => {
    expect(categoryColour('c1', options)).toBe(categoryPalette[0]);
    expect(categoryColour('c3', options)).toBe(categoryPalette[2]);
    expect(categoryColour(null, options)).toBe(noCategoryColour);
    expect(categoryColour('gone', options)).toBe(noCategoryColour);
  });

  it('repeat after the palette runs out', () => {
    const many = Array.from({ length: categoryPalette.length + 1 }, (_, i) => ({ id: `c${i}` }));
    expect(categoryColour(`c${categoryPalette.length}`, many)).toBe(categoryPalette[0]);
  });

  it('are all distinct and never the grey of marks without a category', () => {
    expect(new Set(categoryPalette).size).toBe(categoryPalette.length);
    expect(categoryPalette).not.toContain(noCategoryColour);
  });
});

describe('the legend', () => {
  it('lists every category in the order of the options, then the marks without one', () => {
    expect(legendOf(options, 'Utan kategori').map((e) => e.label)).toEqual(['Farlig korsning', 'Otrygg plats', 'Bra plats', 'Utan kategori']);
  });

  it('lists only the categories that occur when told which do', () => {
    const legend = legendOf(options, 'Utan kategori', ['c2', 'c2', null]);
    expect(legend).toEqual([
      { categoryId: 'c2', label: 'Otrygg plats', colour: categoryPalette[1] },
      { categoryId: null, label: 'Utan kategori', colour: noCategoryColour },
    ]);
  });

  it('counts a category no longer among the options as without one', () => {
    expect(legendOf(options, 'Utan kategori', ['gone']).map((e) => e.label)).toEqual(['Utan kategori']);
    expect(categoryName('gone', options, 'Utan kategori')).toBe('Utan kategori');
    expect(categoryName('c1', options, 'Utan kategori')).toBe('Farlig korsning');
  });
});

describe('cluster sizes', () => {
  it('grow with the square root of the count, from 32 px (a tap target) to 72 px', () => {
    expect(clusterSize(1, 100)).toBe(32);
    expect(clusterSize(100, 100)).toBe(72);
    expect(clusterSize(25, 100)).toBe(52);
    expect(clusterSize(7, 1)).toBe(32);
  });

  it('never exceed the largest', () => {
    expect(clusterSize(500, 100)).toBe(72);
  });
});
