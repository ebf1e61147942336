using System.Text.Json.Serialization;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>Deliberate flaws a minted token can have, so auth tests use really signed (or really broken) tokens.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TokenDefect>))]
public enum TokenDefect
{
    None,
    Expired,
    NotYetValid,
    WrongAudience,
    WrongIssuer,
    Unsigned,
    TamperedSignature,
    MissingScope,

    /// <summary>Issued by the user's tenant, but claiming another tenant in tid: a token lifted across tenants.</summary>
    WrongTenant,
}
