import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detection } from '../../../src/shared/schemas.ts';
import { arr, int, literal, obj, opt, str, ValidationError } from '../../../src/shared/validate.ts';

describe('validators', () => {
  const shape = obj({ name: str(5), count: int, mode: literal('a', 'b'), tags: arr(str(3), 2), note: opt(str(10)) });

  it('returns a typed copy with unknown keys dropped', () => {
    expect(shape({ name: 'x', count: 1, mode: 'a', tags: [], extra: 'nope' })).toEqual({ name: 'x', count: 1, mode: 'a', tags: [] });
  });

  it.each([
    [{ name: 'toolong', count: 1, mode: 'a', tags: [] }, 'name: expected a string of at most 5 characters'],
    [{ name: 'x', count: 1.5, mode: 'a', tags: [] }, 'count: expected an integer'],
    [{ name: 'x', count: 1, mode: 'c', tags: [] }, 'mode: expected one of a, b'],
    [{ name: 'x', count: 1, mode: 'a', tags: ['a', 'b', 'c'] }, 'tags: expected a list of at most 2 items'],
    [{ name: 'x', count: 1, mode: 'a', tags: [7] }, 'tags[0]: expected a string of at most 3 characters'],
    [[], 'value: expected an object'],
  ])('says where and what is wrong: %j', (value, message) => {
    expect(() => shape(value)).toThrow(new ValidationError(message));
  });

  it('never trusts inherited properties', () => {
    const sneaky = Object.create({ name: 'x', count: 1, mode: 'a', tags: [] });
    expect(() => shape(sneaky)).toThrow(ValidationError);
  });

  it('either accepts or throws a ValidationError, for any input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          detection(value);
        } catch (e) {
          expect(e).toBeInstanceOf(ValidationError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
