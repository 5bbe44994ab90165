import { describe, expect, it } from 'vitest';
import { optionColour, optionColours } from './option-colours';

describe('optionColour', () => {
  it('knows a colour by its name in any case and spacing', () => {
    expect(optionColour('Black')).toEqual({ name: 'Black', hex: '#111111' });
    expect(optionColour('  navy ')).toEqual({ name: 'navy', hex: '#1f2a44' });
    expect(optionColour('Forest  Green')).toEqual({ name: 'Forest Green', hex: '#28482f' });
  });

  it('knows the names in German, French and Italian', () => {
    expect(optionColour('Schwarz')?.hex).toBe('#111111');
    expect(optionColour('Weiß')?.hex).toBe('#ffffff');
    expect(optionColour('Bleu marine')?.hex).toBe('#1f2a44');
    expect(optionColour('Sabbia')?.hex).toBe(optionColour('Sand')?.hex);
  });

  it('reads the value after an option named colour, keeping the name as written', () => {
    expect(optionColour('Colour: Sand')).toEqual({ name: 'Sand', hex: '#d9c4a0' });
    expect(optionColour('color - black')).toEqual({ name: 'black', hex: '#111111' });
    expect(optionColour('Farbe: Grün')).toEqual({ name: 'Grün', hex: '#2e6b3a' });
    expect(optionColour('Couleur : noir')).toEqual({ name: 'noir', hex: '#111111' });
    expect(optionColour('Colore – rosso')).toEqual({ name: 'rosso', hex: '#c0392b' });
  });

  it('is null for sizes, other options and colour names it does not know', () => {
    for (const label of ['M', 'XL', 'One size', 'Set of 3', 'Black / M', 'Colour: Moss', 'Midnight', 'Size: Black']) {
      expect(optionColour(label), label).toBeNull();
    }
  });
});

describe('optionColours', () => {
  it('gives a swatch for every option when all of them are colours', () => {
    expect(optionColours(['Cream', 'Charcoal'])).toEqual([
      { name: 'Cream', hex: '#efe3c8' },
      { name: 'Charcoal', hex: '#3b3f42' },
    ]);
  });

  it('is null when one option is not a colour, or there are none, so a post never mixes swatches and chips', () => {
    expect(optionColours(['Black', 'Sand', 'Moss'])).toBeNull();
    expect(optionColours(['S', 'M', 'L'])).toBeNull();
    expect(optionColours([])).toBeNull();
  });
});
