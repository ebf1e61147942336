using GraphCallback.GraphEmulator.Platform;
using GraphCallback.GraphEmulator.Scenarios;

namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>Adds each scenario user's call records (as callee) and PSTN rows.</summary>
public sealed class CallRecordsSeeder(CallRecordsState records, TenantRegistry tenants, TimeProvider clock) : IScenarioSeeder
{
    public void Seed(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var now = clock.GetUtcNow();
        foreach (var user in scenario.Users)
        {
            var callee = tenants.FindUser(scenario.Tenant.Id, user.Id)!;
            foreach (var call in user.CallRecords)
            {
                var caller = call.CallerUser is null ? null : tenants.FindUser(scenario.Tenant.Id, call.CallerUser);
                var request = new CallRecordRequest { Callee = user.Id, CallerUser = call.CallerUser, CallerNumber = call.CallerNumber, DurationSeconds = call.DurationSeconds, Answered = call.Answered, FailureStage = call.FailureStage };
                records.Add(scenario.Tenant.Id, CallRecordFactory.Create(callee, caller, request, now - call.Ago, now));
            }

            foreach (var pstn in user.PstnCalls)
            {
                var request = new PstnCallRequest { User = user.Id, CallerNumber = pstn.CallerNumber, CalleeNumber = pstn.CalleeNumber, DurationSeconds = pstn.DurationSeconds, CallType = pstn.CallType };
                records.AddPstn(scenario.Tenant.Id, CallRecordFactory.PstnRow(callee, request, now - pstn.Ago));
            }
        }
    }
}
