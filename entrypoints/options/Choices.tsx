// Form controls the options page repeats: a group of radio buttons, a single checkbox.
import { useId } from 'react';

interface Choice<T extends string> {
  value: T;
  label: string;
  /** The label's language when it differs from the page's (中文 on an English page). */
  lang?: string;
}

export function RadioGroup<T extends string>(props: { legend: string; choices: Choice<T>[]; value: T; onChange(value: T): void }) {
  const name = useId();
  return (
    <fieldset className="choices">
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value}>
          <input type="radio" name={name} value={c.value} checked={props.value === c.value} onChange={() => props.onChange(c.value)} />
          <span lang={c.lang}>{c.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function Checkbox(props: { label: string; checked: boolean; disabled?: boolean; onChange(checked: boolean): void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={props.checked} disabled={props.disabled} onChange={(e) => props.onChange(e.target.checked)} />
      {props.label}
    </label>
  );
}
