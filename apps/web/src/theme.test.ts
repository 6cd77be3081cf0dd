// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { applyTheme, chooseTheme, chosenTheme } from "./theme.ts";

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset["theme"];
});

describe("colour theme", () => {
  it("follows the system until light or dark is chosen, and remembers the choice in this browser", () => {
    expect(chosenTheme()).toBe("system");
    chooseTheme("dark");
    expect(document.documentElement.dataset["theme"]).toBe("dark");
    expect(chosenTheme()).toBe("dark");
    chooseTheme("light");
    expect(document.documentElement.dataset["theme"]).toBe("light");
    expect(chosenTheme()).toBe("light");
  });

  it("forgets the choice when the system's is chosen again, so the CSS follows prefers-color-scheme", () => {
    chooseTheme("dark");
    chooseTheme("system");
    expect(document.documentElement.hasAttribute("data-theme")).toBe(false);
    expect(localStorage.getItem("paylens.theme")).toBeNull();
    expect(chosenTheme()).toBe("system");
  });

  it("ignores what it did not write", () => {
    localStorage.setItem("paylens.theme", "sepia");
    expect(chosenTheme()).toBe("system");
    applyTheme(chosenTheme());
    expect(document.documentElement.hasAttribute("data-theme")).toBe(false);
  });
});
