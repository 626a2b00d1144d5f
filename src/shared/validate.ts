/**
 * A few runtime checks for data that crosses a trust boundary (messages, storage). Each returns the
 * value typed, or throws a ValidationError that says where and what: enough for a clear error,
 * small enough for the content script.
 */
export class ValidationError extends Error {
  override name = 'ValidationError';
}

export type Check<T> = (value: unknown, path?: string) => T;
export type Checked<C> = C extends Check<infer T> ? T : never;

const fail = (path: string, what: string): never => {
  throw new ValidationError(`${path || 'value'}: expected ${what}`);
};

export const str =
  (max = 4096): Check<string> =>
  (v, path = '') =>
    typeof v === 'string' && v.length <= max ? v : fail(path, `a string of at most ${max} characters`);

export const int: Check<number> = (v, path = '') => (Number.isSafeInteger(v) ? (v as number) : fail(path, 'an integer'));

export const bool: Check<boolean> = (v, path = '') => (typeof v === 'boolean' ? v : fail(path, 'true or false'));

export const literal =
  <const L extends readonly string[]>(...options: L): Check<L[number]> =>
  (v, path = '') =>
    typeof v === 'string' && options.includes(v) ? (v as L[number]) : fail(path, `one of ${options.join(', ')}`);

export const arr =
  <T>(item: Check<T>, max = 1000): Check<T[]> =>
  (v, path = '') => {
    if (!Array.isArray(v) || v.length > max) return fail(path, `a list of at most ${max} items`);
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };

export const opt =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, path) =>
    v === undefined ? undefined : check(v, path);

type Shape = Record<string, Check<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S as undefined extends Checked<S[K]> ? never : K]: Checked<S[K]> } & {
  [K in keyof S as undefined extends Checked<S[K]> ? K : never]?: Exclude<Checked<S[K]>, undefined>;
};

/** An object with exactly these keys checked; unknown keys are dropped, not trusted. */
export const obj =
  <S extends Shape>(shape: S): Check<FromShape<S>> =>
  (v, path = '') => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'an object');
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const value = check(Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined, path ? `${path}.${key}` : key);
      if (value !== undefined) out[key] = value;
    }
    return out as FromShape<S>;
  };
