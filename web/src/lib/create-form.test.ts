import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import { createForm } from "./create-form.js";
import { max, number, required } from "./validation.js";

const submitEvent = () => new Event("submit", { cancelable: true }) as SubmitEvent;

const priorityForm = (onSubmit: (values: { title: string; priority: number }) => void) =>
  createRoot(() =>
    createForm({
      initial: { title: "Groceries", priority: 3 },
      rules: {
        title: [required("Title is required")],
        priority: [number("Priority must be a number"), max(5, "Priority must be at most 5")],
      },
      onSubmit,
    }),
  );

describe("createForm number fields", () => {
  it("shows the number as text and submits what was typed as a number", async () => {
    const submitted: unknown[] = [];
    const form = priorityForm((values) => submitted.push(values));
    expect(form.field("priority").value).toBe("3");
    form.field("priority").onValue("4");
    await form.handleSubmit(submitEvent());
    expect(submitted).toEqual([{ title: "Groceries", priority: 4 }]);
  });

  it("checks the number with number rules, a blank field being no number", async () => {
    const submitted: unknown[] = [];
    const form = priorityForm((values) => submitted.push(values));
    form.field("priority").onValue("");
    form.field("priority").onBlur();
    expect(form.field("priority").error).toBe("Priority must be a number");
    form.field("priority").onValue("9");
    expect(form.field("priority").error).toBe("Priority must be at most 5");
    await form.handleSubmit(submitEvent());
    expect(submitted).toEqual([]);
  });

  it("is dirty only while a value differs from the initial one, and resets to new values", () => {
    const form = priorityForm(() => {});
    form.field("priority").onValue("3.0");
    expect(form.dirty()).toBe(false);
    form.field("priority").onValue("2");
    expect(form.dirty()).toBe(true);
    form.reset({ title: "Bills", priority: 2 });
    expect(form.dirty()).toBe(false);
    expect(form.field("title").value).toBe("Bills");
  });
});
