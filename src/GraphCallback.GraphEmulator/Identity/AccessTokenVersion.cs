using System.Text.Json.Serialization;

namespace GraphCallback.GraphEmulator.Identity;

/// <summary>The two formats of Entra ID access tokens; the resource's registration chooses, not the endpoint.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccessTokenVersion>))]
public enum AccessTokenVersion
{
    /// <summary>v1.0: issuer https://sts.windows.net/{tid}/, aud as requested, appid, upn.</summary>
    V1 = 1,

    /// <summary>v2.0: issuer {authority}/{tid}/v2.0, aud the API's client id, azp, preferred_username.</summary>
    V2 = 2,
}
