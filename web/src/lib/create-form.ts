import { createSignal } from "solid-js";
import { createStore } from "solid-js/store";
import { firstError, type Rule } from "./validation.js";

type Values<K extends string> = Record<K, string>;

export type FormOptions<K extends string> = {
  initial: Values<K>;
  rules: Partial<Record<K, readonly Rule[]>>;
  /** "blur" checks a field when it loses focus; "submit" only when the form is submitted. */
  validateOn?: "blur" | "submit";
  onSubmit: (values: Values<K>) => Promise<unknown> | unknown;
};

/** Small form state: string values, the first error per field, blur/submit validation and a submitting flag. */
export const createForm = <K extends string>(options: FormOptions<K>) => {
  const keys = Object.keys(options.initial) as K[];
  const [initial, setInitial] = createSignal<Values<K>>({ ...options.initial });
  const [values, setValues] = createStore<Values<K>>({ ...options.initial });
  const [errors, setErrors] = createStore<Partial<Values<K>>>({});
  const [submitting, setSubmitting] = createSignal(false);

  const validate = (key: K): boolean => {
    const message = firstError(values[key], values, options.rules[key] ?? []);
    setErrors(key as never, message as never);
    return message === undefined;
  };

  /** Props for <TextField>/<PasswordInput>; getters keep them reactive through a spread. */
  const field = (key: K) => ({
    get value() {
      return values[key];
    },
    get error() {
      return errors[key];
    },
    onValue: (value: string) => {
      setValues(key as never, value as never);
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
      await options.onSubmit({ ...values });
    } finally {
      setSubmitting(false);
    }
  };

  const reset = (next?: Values<K>): void => {
    const base = next ?? initial();
    setInitial(() => ({ ...base }));
    setValues({ ...base });
    setErrors(Object.fromEntries(keys.map((key) => [key, undefined])) as Partial<Values<K>>);
  };

  const dirty = (): boolean => keys.some((key) => values[key] !== initial()[key]);

  return { values, errors, field, handleSubmit, reset, dirty, submitting };
};

export type Form<K extends string> = ReturnType<typeof createForm<K>>;
