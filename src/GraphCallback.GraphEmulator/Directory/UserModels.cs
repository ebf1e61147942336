using GraphCallback.GraphEmulator.Platform;
using Microsoft.Graph.Models;

namespace GraphCallback.GraphEmulator.Directory;

/// <summary>Maps emulated users to the Graph user model.</summary>
public static class UserModels
{
    public static User ToGraph(EmulatedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new User
        {
            OdataType = "#microsoft.graph.user",
            Id = user.Id,
            DisplayName = user.DisplayName,
            GivenName = user.GivenName,
            Surname = user.Surname,
            UserPrincipalName = user.UserPrincipalName,
            Mail = user.Mail,
            BusinessPhones = [.. user.BusinessPhones],
            MobilePhone = user.MobilePhone,
            JobTitle = user.JobTitle,
            Department = user.Department,
            OfficeLocation = user.OfficeLocation,
            PreferredLanguage = "en-US",
        };
    }
}
