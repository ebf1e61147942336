// A stand-in for office.js, served where Microsoft's CDN copy would be: Outlook with one message
// open in read mode, no nested app authentication (so the pane signs in with MSAL itself), and
// displayMessageForm recording what it was asked to open.

/** @param {{ itemId: string, itemClass: string, subject: string }} item */
export function fakeOfficeJs(item) {
  return `
window.__openedForms = [];
window.Office = {
  HostType: { Outlook: "Outlook" },
  MailboxEnums: { RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" } },
  onReady: function () { return Promise.resolve({ host: "Outlook", platform: "OfficeOnline" }); },
  context: {
    requirements: { isSetSupported: function (name) { return name === "Mailbox"; } },
    mailbox: {
      item: ${JSON.stringify(item)},
      convertToEwsId: function (id) { return "ews:" + id; },
      displayMessageForm: function (id) { window.__openedForms.push(id); },
    },
  },
};`;
}
