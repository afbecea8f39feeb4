using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests;

// In the root namespace on purpose: NUnit runs a SetUpFixture for the tests of its namespace and below.

/// <summary>One database and one running app for the whole test run; each test starts from empty tables.</summary>
[SetUpFixture]
public sealed class TestEnvironment
{
    private static TestDatabase? _database;
    private static ApiFactory? _factory;
    private static DatabaseReset? _reset;

    internal static TestDatabase Database => _database ?? throw new InvalidOperationException("Not started.");
    internal static ApiFactory Factory => _factory ?? throw new InvalidOperationException("Not started.");
    internal static DatabaseReset Reset => _reset ?? throw new InvalidOperationException("Not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.StartAsync();
        _factory = new ApiFactory(_database.ConnectionString);
        _ = _factory.Server; // starts the app: migrations run now, once
        _reset = new DatabaseReset(_database.ConnectionString);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
