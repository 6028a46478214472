// Stands in for WXT's ContentScriptContext in the content script's bundle (wxt.config.ts
// aliases it). WXT's own announces every start to the page: a postMessage (which
// noScriptStartedPostMessage turns off) and a CustomEvent on document whose type is
// `<extension id>:content:wxt:content-script-started`, which any page that knows our id can
// listen for. Our main() takes no context, so this one does nothing the page could see.
export class ContentScriptContext {
  readonly signal = new AbortController().signal;

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}
}
