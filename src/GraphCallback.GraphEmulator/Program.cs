using GraphCallback.GraphEmulator;

await EmulatorApp.Build(args).RunAsync().ConfigureAwait(false);
