using Microsoft.IdentityModel.Tokens;

namespace GraphCallback.Functions.Api;

/// <summary>
/// Judges a token's nbf/exp on the app's <see cref="TimeProvider"/> (with the usual clock skew)
/// instead of the machine clock, so token lifetimes and every other deadline share one clock.
/// </summary>
public static class TokenLifetime
{
    public static LifetimeValidator On(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return (notBefore, expires, _, parameters) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            return expires is { } exp
                && (notBefore is not { } nbf || nbf <= now + parameters.ClockSkew)
                && exp >= now - parameters.ClockSkew;
        };
    }
}
