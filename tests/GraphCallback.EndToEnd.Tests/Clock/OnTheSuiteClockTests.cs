using System.Text.RegularExpressions;
using GraphCallback.EndToEnd.Tests.Support;
using GraphCallback.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GraphCallback.EndToEnd.Tests.Clock;

/// <summary>
/// No test may run on the hour of the run: every system a test starts runs on the suite's clock,
/// and no test source reads the wall clock or builds the app or the emulator around that rule.
/// </summary>
public sealed partial class OnTheSuiteClockTests : IAsyncLifetime
{
    private static readonly string Tests = Path.Combine(RepositoryRoot.Path, "tests");

    private SystemUnderTest _system = null!;

    public async Task InitializeAsync() => _system = await SystemUnderTest.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    [CalendarDependent]
    public async Task The_app_the_emulator_and_their_tokens_and_mail_run_on_the_suites_instant()
    {
        var appClock = _system.App.Services.GetRequiredService<TimeProvider>();
        var emulatorClock = _system.Emulator.Services.GetRequiredService<TimeProvider>();

        var received = await _system.DeliverCallMailAsync(Demo.Megan, "voicemails", "+44 20 7946 0999");
        var token = new JsonWebToken(await _system.MintAsync(Demo.Megan));

        Assert.Same(_system.Clock, appClock);
        Assert.Same(_system.Clock, emulatorClock);
        OnSuiteDay(received);
        OnSuiteDay(token.IssuedAt);
    }

    [Fact]
    public void No_test_source_reads_the_wall_clock()
    {
        var offenders = Sources(Tests)
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .Where(l => WallClockRead().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(RepositoryRoot.Path, l.file)}:{l.index + 1}: {l.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Read the suite's clock instead:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void End_to_end_tests_start_the_app_and_the_emulator_only_through_SystemUnderTest()
    {
        var support = Path.Combine(Tests, "GraphCallback.EndToEnd.Tests", "Support", "SystemUnderTest.cs");
        var offenders = Sources(Path.Combine(Tests, "GraphCallback.EndToEnd.Tests"))
            .Where(file => file != support && HostBuilt().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(RepositoryRoot.Path, file))
            .ToList();

        Assert.Empty(offenders);
    }

    // A guard that matches nothing proves nothing: it must catch each kind of read it names.
    [Theory]
    [InlineData("var now = DateTimeOffset.UtcNow;")]
    [InlineData("var now = DateTime.Now;")]
    [InlineData("var today = DateTime.Today;")]
    [InlineData("services.AddSingleton(TimeProvider.System);")]
    [InlineData("var clock = new FakeTimeProvider();")]
    public void The_guard_recognises_each_wall_clock_read(string line) => Assert.Matches(WallClockRead(), line);

    private static void OnSuiteDay(DateTimeOffset instant) =>
        Assert.True(instant >= SuiteClock.Instant.AddMinutes(-5) && instant < SuiteClock.Instant.AddDays(1), $"{instant:o} is not on the suite's clock ({SuiteClock.Instant:o})");

    private static void OnSuiteDay(DateTime utc) => OnSuiteDay(new DateTimeOffset(utc, TimeSpan.Zero));

    private static IEnumerable<string> Sources(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !file.EndsWith(nameof(OnTheSuiteClockTests) + ".cs", StringComparison.Ordinal));

    // A FakeTimeProvider with no start is the wall clock frozen at construction.
    [GeneratedRegex(@"DateTime(Offset)?\.(UtcNow|Now|Today)\b|TimeProvider\.System\b|new FakeTimeProvider\(\)")]
    private static partial Regex WallClockRead();

    [GeneratedRegex(@"FunctionsApp\.(CreateBuilder|Build)|EmulatorApp\.Build")]
    private static partial Regex HostBuilt();
}
