/** Microsoft's CDN copy of office.js: add-ins must load it from here (the npm package is unsupported). */
export const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Loads office.js and waits until Office is ready. Only called inside Office hosts. */
export function loadOfficeJs(doc: Document = document): Promise<typeof Office> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = officeJsUrl;
    script.onload = () => {
      void Office.onReady().then(() => resolve(Office), reject);
    };
    script.onerror = () => reject(new Error("Office could not be loaded (office.js did not arrive)."));
    doc.head.append(script);
  });
}
