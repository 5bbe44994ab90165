import { describe, expect, it } from 'vitest';
import { truncateWords } from './truncate';

describe('truncateWords', () => {
  it('leaves text that fits alone, with its whitespace collapsed', () => {
    expect(truncateWords('  Ridge  Tee\nin green ', 40)).toBe('Ridge Tee in green');
  });

  it('cuts on a word boundary and adds an ellipsis, never mid-word', () => {
    expect(truncateWords('Heavyweight organic cotton, printed by hand', 36)).toBe('Heavyweight organic cotton, printed…');
    expect(truncateWords('Heavyweight organic cotton, printed by hand', 24)).toBe('Heavyweight organic…');
  });

  it('drops a dangling separator before the ellipsis', () => {
    expect(truncateWords('Heavyweight organic — cotton tee', 22)).toBe('Heavyweight organic…');
  });

  it('cuts one very long word hard and stays within the limit', () => {
    const cut = truncateWords('https://example.com/a-very-long-address-with-no-spaces', 20);
    expect(cut).toBe('https://example.com…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });
});
