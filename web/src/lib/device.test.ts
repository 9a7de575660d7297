import { describe, expect, it } from "vitest";
import { describeDevice } from "./device.js";

const agents = {
  chromeOnLinux:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  firefoxOnWindows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
  safariOnIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
};

describe("describeDevice", () => {
  it("names the browser with its major version and the operating system", () => {
    expect(describeDevice(agents.chromeOnLinux)).toEqual({ browser: "Chrome 131", os: "Linux" });
    expect(describeDevice(agents.firefoxOnWindows)).toEqual({ browser: "Firefox 133", os: "Windows 10" });
    expect(describeDevice(agents.safariOnIphone)).toEqual({ browser: "Safari 17", os: "iOS 17.5" });
  });

  it("reads an API client's agent by its name", () => {
    expect(describeDevice("curl/8.5.0")).toEqual({ browser: "curl 8", os: "Unknown" });
    expect(describeDevice("python-requests/2.32.3").browser).toBe("python-requests 2");
  });

  it("says Unknown when there is no user agent or nothing in it is recognised", () => {
    expect(describeDevice(null)).toEqual({ browser: "Unknown", os: "Unknown" });
    expect(describeDevice("")).toEqual({ browser: "Unknown", os: "Unknown" });
    expect(describeDevice("???")).toEqual({ browser: "Unknown", os: "Unknown" });
  });
});
