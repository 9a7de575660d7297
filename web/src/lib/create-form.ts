import { createSignal } from "solid-js";
import { createStore } from "solid-js/store";
import { firstError, type Rule } from "./validation.js";

type FormValues = Record<string, string | number>;

export type FormOptions<V extends FormValues> = {
  /** The starting values; a field whose initial value is a number is a number field. */
  initial: V;
  rules: { [K in keyof V]?: readonly Rule<V[K]>[] };
  /** "blur" checks a field when it loses focus; "submit" only when the form is submitted. */
  validateOn?: "blur" | "submit";
  onSubmit: (values: V) => Promise<unknown> | unknown;
};

const toText = (value: string | number): string =>
  typeof value === "number" ? (Number.isNaN(value) ? "" : String(value)) : value;

/** A number field's text as a number: NaN when it is blank or not a number. */
const toNumber = (text: string): number => (text.trim() === "" ? Number.NaN : Number(text));

/**
 * Small form state: the text of each input, typed values (numbers for number fields), the first error per field,
 * blur/submit validation and a submitting flag.
 */
export const createForm = <V extends FormValues>(options: FormOptions<V>) => {
  type K = keyof V & string;
  const keys = Object.keys(options.initial) as K[];
  const isNumber = (key: K): boolean => typeof options.initial[key] === "number";
  const texts = (values: V) =>
    Object.fromEntries(keys.map((key) => [key, toText(values[key] as string | number)])) as Record<K, string>;
  const [initial, setInitial] = createSignal<V>({ ...options.initial });
  const [text, setText] = createStore<Record<K, string>>(texts(options.initial));
  const [errors, setErrors] = createStore<Partial<Record<K, string>>>({});
  const [submitting, setSubmitting] = createSignal(false);

  const value = <P extends K>(key: P): V[P] => (isNumber(key) ? toNumber(text[key]) : text[key]) as V[P];
  const values = (): V => Object.fromEntries(keys.map((key) => [key, value(key)])) as unknown as V;

  const validate = (key: K): boolean => {
    const message = firstError(value(key), values(), options.rules[key] ?? []);
    setErrors(key as never, message as never);
    return message === undefined;
  };

  /** Props for <TextField>/<PasswordInput>; getters keep them reactive through a spread. */
  const field = (key: K) => ({
    get value() {
      return text[key];
    },
    get error() {
      return errors[key];
    },
    onValue: (next: string) => {
      setText(key as never, next as never);
      if (errors[key] !== undefined) validate(key);
    },
    onBlur: () => {
      if ((options.validateOn ?? "blur") === "blur") validate(key);
    },
  });

  const handleSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const results = keys.map(validate);
    if (results.includes(false)) {
      const form = event.currentTarget as HTMLFormElement | null;
      form?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await options.onSubmit(values());
    } finally {
      setSubmitting(false);
    }
  };

  const reset = (next?: V): void => {
    const base = next ?? initial();
    setInitial(() => ({ ...base }));
    setText(texts(base));
    setErrors(Object.fromEntries(keys.map((key) => [key, undefined])) as Partial<Record<K, string>>);
  };

  const dirty = (): boolean => keys.some((key) => !Object.is(value(key), initial()[key]));

  return { value, values, errors, field, handleSubmit, reset, dirty, submitting };
};

export type Form<V extends FormValues> = ReturnType<typeof createForm<V>>;
