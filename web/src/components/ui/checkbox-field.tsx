/** A native checkbox with its bound label. */
export const CheckboxField = (props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) => (
  <div class="flex items-center gap-2">
    <input
      id={props.id}
      type="checkbox"
      class="size-4 cursor-pointer rounded border-input accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      checked={props.checked}
      onChange={(event) => props.onChange(event.currentTarget.checked)}
    />
    <label for={props.id} class="cursor-pointer text-sm font-medium">
      {props.label}
    </label>
  </div>
);
