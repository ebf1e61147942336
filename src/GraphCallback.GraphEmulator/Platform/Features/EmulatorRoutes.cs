namespace GraphCallback.GraphEmulator.Platform.Features;

/// <summary>The route builders a feature maps onto: Graph's /v1.0 group, the /_emulator control group, and the root.</summary>
public sealed record EmulatorRoutes(IEndpointRouteBuilder Graph, IEndpointRouteBuilder Control, IEndpointRouteBuilder Root);
