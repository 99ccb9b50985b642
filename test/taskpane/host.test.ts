/**
 * Start-up with no race: inside Excel the pane waits for Office.onReady however slow the first
 * load is; browser mode comes from the absence of any sign of an Office host, never from time.
 */
import { detectHost, officeHostEvident } from "../../src/taskpane/host";

const g = globalThis as unknown as { Office?: unknown };

function officeAnsweringAfter(ms: number) {
  g.Office = {
    HostType: { Excel: "Excel" },
    onReady: () =>
      new Promise((resolve) =>
        setTimeout(() => resolve({ host: "Excel", platform: "OfficeOnline" }), ms),
      ),
    context: {
      displayLanguage: "vi-VN",
      officeTheme: undefined,
      requirements: { isSetSupported: () => true },
    },
  };
}

afterEach(() => delete g.Office);

test("Excel on the web answering after the browser wait still starts the pane in Excel mode", async () => {
  officeAnsweringAfter(120);
  const host = await detectHost(20, {
    location: { search: "?_host_Info=Excel$Web$16.01$vi-VN$$$$0" },
  });
  expect(host).toMatchObject({ mode: "office", lang: "vi", missingSets: [] });
});

test("a plain browser page with office.js and no host goes to browser mode after the wait", async () => {
  officeAnsweringAfter(120);
  const host = await detectHost(20, { location: { search: "" } });
  expect(host.mode).toBe("browser");
});

test("the signs of a host office.js itself reads", () => {
  expect(officeHostEvident({})).toBe(false);
  expect(officeHostEvident({ location: { search: "?x=1" }, name: "" })).toBe(false);
  expect(officeHostEvident({ location: { search: "?_host_Info=Excel$Win32$16.01$en-US" } })).toBe(
    true,
  );
  expect(officeHostEvident({ name: JSON.stringify({ hostInfo: "Excel|Mac" }) })).toBe(true);
  expect(officeHostEvident({ sessionStorage: { getItem: () => "Excel$Web" } })).toBe(true);
  expect(officeHostEvident({ external: { GetHostInfo: () => "Excel|Win32" } })).toBe(true);
  // A browser's own window.external that throws is not a host.
  expect(
    officeHostEvident({
      external: {
        GetHostInfo: () => {
          throw new Error("not here");
        },
      },
    }),
  ).toBe(false);
});
