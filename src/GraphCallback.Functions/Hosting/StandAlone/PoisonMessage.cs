namespace GraphCallback.Functions.Hosting.StandAlone;

/// <summary>
/// What the stand-alone queue listener puts on <c>{queue}-poison</c>: the message that kept failing,
/// with the error of its last delivery, so it can be inspected and re-sent by hand.
/// </summary>
public sealed record PoisonMessage(string MessageId, string MessageText, long DequeueCount, string Error, DateTimeOffset FailedAt);
