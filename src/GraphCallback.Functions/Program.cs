using GraphCallback.Functions;

var app = FunctionsApp.Build(FunctionsApp.CreateBuilder(args));
await app.RunAsync();
