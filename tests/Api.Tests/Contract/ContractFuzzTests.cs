using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Medborgardialog.Api.Infrastructure.Auth;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Contract;

/// <summary>
/// The contract-driven fuzz: every operation in contracts/openapi.json × anonymous and every role × a dialogue in
/// every state with real related resources. Each group sends a valid request (built from the schema and its
/// examples), then hostile bodies, path values and query values. One run serves the tests below; each asserts one
/// kind of failure and prints what is needed to replay it (seed, operation, role, state, request, answer).
/// </summary>
[NonParallelizable]
public sealed class ContractFuzzTests : ApiTest
{
    private static FuzzReport? _report;

    [Test]
    public async Task Every_operation_as_every_role_in_every_state_answers_without_a_server_error() =>
        Expect((await RunAsync()).Failures.Where(f => f.Violation.Kind == ViolationKind.ServerError));

    [Test]
    public async Task Every_refusal_the_fuzz_provokes_is_a_problem_document() =>
        Expect((await RunAsync()).Failures.Where(f => f.Violation.Kind == ViolationKind.NotAProblem));

    [Test]
    public async Task Every_answer_the_fuzz_gets_is_declared_by_the_contract_and_matches_its_schema() =>
        Expect((await RunAsync()).Failures.Where(f => f.Violation.Kind is not (ViolationKind.ServerError or ViolationKind.NotAProblem) && ContractCheck.Fails(f.Violation)));

    [Test]
    public async Task The_fuzz_reaches_every_operation_as_every_role_in_every_state_with_real_ids()
    {
        var report = await RunAsync();
        var operations = ContractDocument.Current.Operations;
        var missing = (from o in operations from r in FuzzRun.Roles from s in FuzzStates.All
                       where !report.Groups.Contains((o.ToString(), r, s)) select $"{o} as {r} in {s}").ToList();
        missing.Should().BeEmpty();
        foreach (var (noun, why) in report.Unavailable)
        {
            TestContext.Progress.WriteLine($"Contract fuzz: no real '{noun}' in this configuration: {why}");
        }

        report.Unresolved.Where(u => !report.Unavailable.Keys.Any(n => u.EndsWith($"(noun '{n}')", StringComparison.Ordinal)))
            .Should().BeEmpty("every path parameter resolves to a real resource by its operation's path and name");
        var neverSucceeded = operations.Select(o => o.ToString()).Where(o => !report.Succeeded.Contains(o)).ToList();
        TestContext.Progress.WriteLine($"Contract fuzz: {operations.Count - neverSucceeded.Count} of {operations.Count} operations answered 2xx at least once; never: {string.Join(", ", neverSucceeded)}");
    }

    private static void Expect(IEnumerable<FuzzFailure> failures)
    {
        var list = failures.ToList();
        if (list.Count > 0)
        {
            var distinct = list.GroupBy(f => (f.Violation.Operation, f.Violation.Status, f.Violation.Kind)).ToList();
            Assert.Fail($"{list.Count} failure(s), {distinct.Count} distinct (operation, status, kind); seed {_report!.Seed} (FUZZ_SEED={_report.Seed} to replay):\n\n"
                        + string.Join("\n\n", distinct.Select(g => $"[{g.Count()}×] {g.First()}"))
                        + (ServerErrors.Recent.Count > 0 ? "\n\nWhat the server logged (latest; all in server-errors.log):\n" + string.Join("\n", ServerErrors.Recent.TakeLast(3)) : ""));
        }
    }

    private async Task<FuzzReport> RunAsync()
    {
        if (_report is null)
        {
            var run = new FuzzRun(Factory, Official);
            _report = await run.RunAsync();
        }

        return _report;
    }
}

public sealed record FuzzFailure(Violation Violation, string Role, string State, string Variant, string RequestBody, int Seed)
{
    public override string ToString() =>
        $"{Violation.Kind} {Violation.Operation} as {Role} in {State} ({Variant}), seed {Seed}\n  request: {Violation.Request}\n  body: {Cut(RequestBody)}\n  answer: {Violation.Status}: {Violation.What}\n  response: {Violation.Body}";

    private static string Cut(string text) => text.Length > 500 ? text[..500] + $"… ({text.Length} chars)" : text;
}

public sealed class FuzzReport
{
    public int Seed { get; init; }

    public List<FuzzFailure> Failures { get; } = [];

    public HashSet<(string Operation, string Role, string State)> Groups { get; } = [];

    public HashSet<string> Succeeded { get; } = [];

    public HashSet<string> Unresolved { get; } = [];

    public Dictionary<string, string> Unavailable { get; set; } = [];
}

/// <summary>FUZZ_SEED (replay) and FUZZ_BUDGET: the share of each operation's hostile list the run sends (0.5 by
/// default, a different half per seed, to stay well under a minute; 1 sends every variant once, 3 three times).</summary>
public static class FuzzSettings
{
    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed)
        ? seed : Random.Shared.Next(1, 1_000_000);

    public static double Budget { get; } = double.TryParse(Environment.GetEnvironmentVariable("FUZZ_BUDGET"), CultureInfo.InvariantCulture, out var budget) && budget > 0
        ? budget : 0.5;
}

internal sealed class FuzzRun(ApiFactory factory, HttpClient official)
{
    public const string Anonymous = "Anonymous";

    public static readonly string[] Roles = [Anonymous, .. Medborgardialog.Api.Infrastructure.Auth.Roles.All];

    private readonly ContractDocument _contract = ContractDocument.Current;
    private readonly AsyncLocal<Worker> _worker = new();
    private readonly object _gate = new();
    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly Dictionary<string, HashSet<string>> _allowedRoles = [];
    private readonly HashSet<string> _resolved = [];
    private FuzzReport _report = null!;
    private FuzzWorld _world = null!;
    private string _staffEmail = "";
    private int _requests;

    public async Task<FuzzReport> RunAsync()
    {
        _report = new FuzzReport { Seed = FuzzSettings.Seed };
        TestContext.Progress.WriteLine($"Contract fuzz: seed {FuzzSettings.Seed} (FUZZ_SEED to replay), budget {FuzzSettings.Budget} (FUZZ_BUDGET)");
        var clock = Stopwatch.StartNew();
        _clients[Anonymous] = factory.CreateClient();
        foreach (var role in Medborgardialog.Api.Infrastructure.Auth.Roles.All)
        {
            _staffEmail = await Staff.CreateAsync(factory, role);
            _clients[role] = await Staff.BearerClientAsync(factory, _staffEmail);
        }

        _world = new FuzzWorld(factory, official, factory.CreateClient(), (step, response) => Drain("(building fixtures)", "", step, ""));
        var fixtures = 0;
        try
        {
            // Who may call what: the valid request of each operation as each role, once (authorization does not depend
            // on the state). It decides which groups send the hostile bodies, and how the lists are sliced.
            await InWorker(-1, async () =>
            {
                var probe = await NewFixtureAsync(FuzzStates.Open);
                foreach (var operation in _contract.Operations)
                {
                    foreach (var role in Roles)
                    {
                        var (valid, body) = ValidBodies(operation, probe, Generator(probe)).First();
                        var status = await SendAsync(operation, role, probe, "probe: valid" + valid, operation.Expand(PathValues(operation, probe)), QueryValues(operation, probe, Generator(probe)), body);
                        if (status is not (401 or 403))
                        {
                            _allowedRoles.TryAdd(operation.OperationId, []);
                            _allowedRoles[operation.OperationId].Add(role);
                        }

                        probe = await RefreshIfChangedAsync(probe);
                    }
                }
            });

            // The states side by side (each its own worker, seeded from the seed and its state, so a replay sends the
            // same requests per state), the roles and operations in order within one.
            await Task.WhenAll(FuzzStates.All.Select((state, index) => InWorker(index, async () =>
            {
                // One fixture per state, shared by the roles: a request that changes it is followed by a fresh one.
                var fixture = await NewFixtureAsync(state);
                Interlocked.Increment(ref fixtures);
                foreach (var role in Roles)
                {
                    foreach (var operation in _contract.Operations.OrderBy(_ => Rng.Next()))
                    {
                        fixture = await GroupAsync(operation, role, fixture);
                    }
                }
            })));
        }
        finally
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }
        }

        _report.Unavailable = new(_world.Unavailable);
        var groups = _report.Groups.Count;
        TestContext.Progress.WriteLine(
            $"Contract fuzz: {_contract.Operations.Count} operations × {Roles.Length} roles × {FuzzStates.All.Length} states = {groups} groups, " +
            $"{_requests} requests, {fixtures} fixtures, {_report.Failures.Count} failures " +
            $"({string.Join(", ", _report.Failures.GroupBy(f => f.Violation.Kind).Select(g => $"{g.Key} {g.Count()}"))}), {clock.Elapsed.TotalSeconds:0.0} s, seed {FuzzSettings.Seed}");
        TestContext.Progress.WriteLine($"Contract fuzz: {_rebuilt} fixtures built in {_building.TotalSeconds:0.0} s, requests {_timeByOperation.Values.Sum(t => t.TotalSeconds):0.0} s, fingerprints {_fingerprinting.TotalSeconds:0.0} s; slowest operations: " +
            string.Join(", ", _timeByOperation.OrderByDescending(t => t.Value).Take(12).Select(t => $"{t.Key} {t.Value.TotalSeconds:0.0} s")));
        return _report;
    }

    private readonly Dictionary<string, TimeSpan> _timeByOperation = [];
    private TimeSpan _building;
    private int _rebuilt;

    private Random Rng => _worker.Value!.Random;

    private SchemaGenerator Generator(FuzzFixture fixture) => new(_contract, Rng, name => RealValue(fixture, name));

    /// <summary>Runs a worker's part with its own random sequence and its own ledger scope (so answers are told apart).</summary>
    private Task InWorker(int index, Func<Task> work) => Task.Run(async () =>
    {
        _worker.Value = new Worker(new Random(HashCode.Combine(FuzzSettings.Seed, index)));
        ContractLedger.Scope.Value = $"fuzz worker {index}";
        await work();
    });

    private sealed record Worker(Random Random)
    {
        /// <summary>Ids of every noun this worker has made (for "another resource's id" in a path).</summary>
        public Dictionary<string, List<string>> Seen { get; } = [];
    }

    private async Task<FuzzFixture> NewFixtureAsync(string state)
    {
        var started = Stopwatch.GetTimestamp();
        var fixture = await _world.BuildAsync(state);
        await _world.AddSharedAsync(fixture, _clients[Medborgardialog.Api.Infrastructure.Auth.Roles.Administrator]);
        lock (_gate)
        {
            _building += Stopwatch.GetElapsedTime(started);
            _rebuilt++;
        }

        foreach (var (noun, values) in fixture.Values)
        {
            _worker.Value!.Seen.TryAdd(noun, []);
            _worker.Value.Seen[noun].AddRange(values.Take(2));
        }

        return fixture;
    }

    /// <summary>One operation as one role against one fixture: the valid requests, then (when the role may call it) the
    /// next hostile ones of this operation's list, so the groups together send every variant at least once.</summary>
    private async Task<FuzzFixture> GroupAsync(ContractOperation operation, string role, FuzzFixture fixture)
    {
        lock (_gate)
        {
            _report.Groups.Add((operation.ToString(), role, fixture.State));
        }

        var generator = Generator(fixture);
        var path = PathValues(operation, fixture);
        var query = QueryValues(operation, fixture, generator);
        var valids = ValidBodies(operation, fixture, generator).ToList();
        var allowedRoles = _allowedRoles.GetValueOrDefault(operation.OperationId) ?? [];
        var allowed = allowedRoles.Contains(role);

        // One valid request per group (the example first); the other valid bodies join the hostile list's slices.
        foreach (var (what, body) in valids.Take(1))
        {
            var status = await SendAsync(operation, role, fixture, "valid" + what, operation.Expand(path), query, body);
            if (status is >= 200 and < 300 && operation.Method != "GET")
            {
                fixture = await RefreshIfChangedAsync(fixture);
            }
        }

        var variants = new List<(string What, Func<Task<int>> Send)>();
        foreach (var (name, value) in HostilePathValues(operation, path, fixture))
        {
            var hostilePath = new Dictionary<string, string>(path) { [name] = value };
            variants.Add(($"path {name}={Cut(value)}", () => SendAsync(operation, role, fixture, $"hostile path {name}={Cut(value)}", operation.Expand(hostilePath), query, valids[0].Body)));
        }

        foreach (var (what, hostileQuery) in HostileQueries(operation, query))
        {
            variants.Add((what, () => SendAsync(operation, role, fixture, what, operation.Expand(path), hostileQuery, valids[0].Body)));
        }

        if (allowed)
        {
            foreach (var (what, body) in valids.Skip(1))
            {
                variants.Add(("valid" + what, () => SendAsync(operation, role, fixture, "valid" + what, operation.Expand(path), query, body)));
            }

            foreach (var (what, body) in HostileBodies(operation, fixture, generator, valids))
            {
                variants.Add((what, () => SendAsync(operation, role, fixture, what, operation.Expand(path), query, body)));
            }
        }

        if (variants.Count == 0)
        {
            return fixture;
        }

        // Every group takes its own slice of the operation's hostile list (the same list for every group of an
        // operation, up to the ids in it): the groups of the roles that may call it between them send every variant
        // once (FUZZ_BUDGET times), and so do the groups of the roles that may not (their path and query variants).
        var peers = Roles.Where(r => allowedRoles.Contains(r) == allowed).ToList();
        var slices = FuzzStates.All.Length * peers.Count;
        var slice = Array.IndexOf(FuzzStates.All, fixture.State) * peers.Count + peers.IndexOf(role);
        // The list in an order of this seed's (the same for every group of the operation), so that at a budget below 1
        // each seed sends another part of it.
        var order = new Random(HashCode.Combine(FuzzSettings.Seed, operation.OperationId.GetHashCode(StringComparison.Ordinal)));
        variants = [.. variants.OrderBy(_ => order.Next())];
        var take = Math.Min(variants.Count, (int)Math.Ceiling(variants.Count * FuzzSettings.Budget / slices));
        var start = slice * take;
        for (var i = 0; i < take; i++)
        {
            var status = await variants[(start + i) % variants.Count].Send();
            if (status is >= 200 and < 300)
            {
                _report.Succeeded.Add(operation.ToString());
                if (operation.Method != "GET")
                {
                    fixture = await RefreshIfChangedAsync(fixture);
                }
            }
        }

        return fixture;
    }

    /// <summary>A valid request that changed the dialogue (closed it, recorded the decision, replaced the questions …)
    /// leaves a fixture in another state: build a fresh one in the state the group is about.</summary>
    private async Task<FuzzFixture> RefreshIfChangedAsync(FuzzFixture fixture)
    {
        var started = Stopwatch.GetTimestamp();
        var same = await _world.FingerprintAsync(fixture.DialogueId) == fixture.Fingerprint;
        lock (_gate)
        {
            _fingerprinting += Stopwatch.GetElapsedTime(started);
        }

        return same ? fixture : await NewFixtureAsync(fixture.State);
    }

    private TimeSpan _fingerprinting;

    private async Task<int> SendAsync(ContractOperation operation, string role, FuzzFixture fixture, string variant, string path,
        List<(string Name, string Value)> query, Body body)
    {
        var (content, bodyText) = body();
        var uri = path + (query.Count == 0 ? "" : "?" + string.Join("&", query.Select(q => $"{q.Name}={q.Value}")));
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), uri) { Content = content };
        foreach (var header in operation.Parameters.Where(p => p.In == "header"))
        {
            request.Headers.TryAddWithoutValidation(header.Name, variant.Contains("header", StringComparison.Ordinal) ? new string('k', 5000) : Guid.NewGuid().ToString());
        }

        Interlocked.Increment(ref _requests);
        HttpResponseMessage response;
        var started = Stopwatch.GetTimestamp();
        try
        {
            response = await _clients[role].SendAsync(request);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or UriFormatException or HttpRequestException)
        {
            return 0; // a request the client itself refuses to build cannot reach the API either
        }

        lock (_gate)
        {
            _timeByOperation[operation.OperationId] = _timeByOperation.GetValueOrDefault(operation.OperationId) + Stopwatch.GetElapsedTime(started);
            if ((int)response.StatusCode is >= 200 and < 300)
            {
                _report.Succeeded.Add(operation.ToString());
            }
        }

        using (response)
        {
            Drain(role, fixture.State, variant, bodyText);
            return (int)response.StatusCode;
        }
    }

    /// <summary>What the contract check recorded for the last answer becomes this run's failure, with what it needs to replay.</summary>
    private void Drain(string role, string state, string variant, string body)
    {
        foreach (var violation in ContractLedger.Take())
        {
            lock (_gate)
            {
                _report.Failures.Add(new FuzzFailure(violation, role, state, variant, body, FuzzSettings.Seed));
            }
        }
    }

    // ---- values ----

    /// <summary>The noun a parameter names: its own name without "Id" (sessionId → session), or for a bare id, slug,
    /// token or key the literal segment before it (/api/receipts/{token} → receipt; /api/dialogues/{idOrSlug} → dialogue).</summary>
    private static string Noun(ContractOperation operation, string name)
    {
        if (name is "id" or "idOrSlug" or "token" or "key")
        {
            var segments = operation.PathTemplate.Split('/');
            var at = Array.FindIndex(segments, s => s.Contains("{" + name + "}", StringComparison.Ordinal));
            var before = segments.Take(at).LastOrDefault(s => !s.Contains('{', StringComparison.Ordinal)) ?? name;
            return Singular(before);
        }

        return Singular(name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : name);
    }

    private static string Singular(string word) => word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>A real value for a member or parameter name: the fixture's resource of that noun, or an enum of the
    /// contract whose name ends with it (group → TargetGroup).</summary>
    private string? RealValue(FuzzFixture fixture, string name)
    {
        foreach (var noun in Candidates(name))
        {
            if (fixture.Values.TryGetValue(noun, out var values) && values.Count > 0)
            {
                return values[Rng.Next(values.Count)];
            }
        }

        return null;
    }

    private static IEnumerable<string> Candidates(string name)
    {
        var bare = name.EndsWith("Ids", StringComparison.Ordinal) ? name[..^3] : name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : Singular(name);
        yield return bare;
        var words = System.Text.RegularExpressions.Regex.Split(bare, "(?<=[a-z])(?=[A-Z])");
        if (words.Length > 1)
        {
            yield return words[^1].ToLowerInvariant();
        }
    }

    private Dictionary<string, string> PathValues(ContractOperation operation, FuzzFixture fixture)
    {
        var values = new Dictionary<string, string>();
        foreach (var name in operation.PathParameterNames())
        {
            var noun = Noun(operation, name);
            var value = name.Contains("slug", StringComparison.OrdinalIgnoreCase) && Rng.Next(2) == 0 ? RealValue(fixture, "slug") : RealValue(fixture, noun);
            value ??= EnumValue(noun);
            var parameter = $"{operation}: {{{name}}} (noun '{noun}')";
            if (value is null)
            {
                // A state may lack the resource (a draft has no opinions); a parameter no state can fill is reported.
                lock (_gate)
                {
                    if (!_resolved.Contains(parameter))
                    {
                        _report.Unresolved.Add(parameter);
                    }
                }

                value = Guid.NewGuid().ToString();
            }
            else
            {
                lock (_gate)
                {
                    _resolved.Add(parameter);
                    _report.Unresolved.Remove(parameter);
                }
            }

            values[name] = Uri.EscapeDataString(value);
        }

        return values;
    }

    private string? EnumValue(string noun)
    {
        var match = _contract.EnumSchemas().FirstOrDefault(e => e.Name.EndsWith(noun, StringComparison.OrdinalIgnoreCase));
        return match.Values is { Count: > 0 } values ? values[Rng.Next(values.Count)] : null;
    }

    private List<(string Name, string Value)> QueryValues(ContractOperation operation, FuzzFixture fixture, SchemaGenerator generator)
    {
        var query = new List<(string, string)>();
        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            if (!parameter.Required && Rng.Next(2) == 0)
            {
                continue;
            }

            var schema = generator.Effective(parameter.Schema);
            var value = schema?["format"]?.ToString() == "uuid" ? RealValue(fixture, parameter.Name)
                : schema?["type"]?.ToString() == "integer" ? (parameter.Name.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2026" : parameter.Name == "pageSize" ? "20" : "1")
                : schema?["type"]?.ToString() == "boolean" ? (Rng.Next(2) == 0 ? "true" : "false")
                : EnumValue(Singular(parameter.Name)) ?? RealValue(fixture, parameter.Name) ?? "park";
            query.Add((parameter.Name, Uri.EscapeDataString(value ?? Guid.NewGuid().ToString())));
        }

        return query;
    }

    private delegate (HttpContent? Content, string Text) Body();

    private IEnumerable<(string What, Body Body)> ValidBodies(ContractOperation operation, FuzzFixture fixture, SchemaGenerator generator)
    {
        if (operation.RequestBody.Count == 0)
        {
            yield return ("", () => (null, ""));
            yield break;
        }

        if (operation.RequestBody.TryGetValue("application/json", out var schema))
        {
            if (FuzzWorld.Example(ContractDocument.RefName(schema), fixture, _staffEmail) is { } example)
            {
                var text = JsonSerializer.Serialize(example, ApiTestJson.Options);
                yield return (" (example)", () => (Json(text), text));
            }

            var generated = generator.Valid(schema)?.ToJsonString() ?? "null";
            yield return (" (from the schema)", () => (Json(generated), generated));
        }

        if (operation.RequestBody.TryGetValue("multipart/form-data", out var form))
        {
            foreach (var file in FuzzWorld.Files())
            {
                yield return ($" ({file.FileName})", () => (Multipart(generator, form, file.FileName, file.ContentType, file.Bytes, null, null), $"multipart with {file.FileName}"));
            }
        }

        foreach (var media in operation.RequestBody.Keys.Where(m => m is not ("application/json" or "multipart/form-data")))
        {
            yield return ($" ({media})", () => (new StringContent("fuzz", Encoding.UTF8, media), $"{media}: fuzz"));
        }
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static MultipartFormDataContent Multipart(SchemaGenerator generator, JsonNode? schema, string fileName, string contentType, byte[] bytes, string? without, string? textValue)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, member) in generator.Effective(schema)?["properties"]?.AsObject() ?? [])
        {
            if (name == without)
            {
                continue;
            }

            if (generator.Effective(member)?["format"]?.ToString() == "binary")
            {
                content.Add(new ByteArrayContent(bytes) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } }, name, fileName);
            }
            else
            {
                content.Add(new StringContent(textValue ?? generator.Valid(member, name)?.ToString() ?? ""), name);
            }
        }

        return content;
    }

    private IEnumerable<(string What, Body Body)> HostileBodies(
        ContractOperation operation, FuzzFixture fixture, SchemaGenerator generator, List<(string What, Body Body)> valids)
    {
        if (operation.RequestBody.TryGetValue("application/json", out var schema))
        {
            var validText = valids[0].Body().Text;
            var basis = JsonNode.Parse(validText);
            foreach (var (what, text) in generator.Hostile(basis, schema))
            {
                yield return ($"body {what}", () =>
                {
                    var body = text();
                    return (Json(body), body);
                });
            }

            yield return ("body as text/plain", () => (new StringContent(validText, Encoding.UTF8, "text/plain"), "text/plain: " + validText));
            yield return ("body as form data", () => (new FormUrlEncodedContent([new("text", "x")]), "form: text=x"));
        }

        if (operation.RequestBody.TryGetValue("multipart/form-data", out var form))
        {
            var (pdfName, pdfType, pdf) = FuzzWorld.Files().First();
            foreach (var (name, _) in generator.Effective(form)?["properties"]?.AsObject() ?? [])
            {
                yield return ($"multipart without {name}", () => (Multipart(generator, form, pdfName, pdfType, pdf, name, null), $"multipart without {name}"));
            }

            foreach (var (what, text) in SchemaGenerator.HostileStrings(null).Take(6))
            {
                yield return ($"multipart text fields {what}", () => (Multipart(generator, form, pdfName, pdfType, pdf, null, text), $"multipart text fields: {Cut(text)}"));
            }

            var hostileFiles = new (string What, string Name, string Type, byte[] Bytes)[]
            {
                ("an empty file", "tom.pdf", "application/pdf", []),
                ("an executable called pdf", "virus.pdf", "application/pdf", [0x4D, 0x5A, 0x90, 0x00, .. new byte[100]]),
                ("a path in the file name", "../../../etc/passwd", "application/pdf", pdf),
                ("control characters in the file name", "a\u0001b\u202E.pdf", "application/pdf", pdf),
                ("a CSV of only a header", "rubrik.csv", "text/csv", Encoding.UTF8.GetBytes("kanal;synpunkt\r\n")),
                ("a CSV with NUL, formulas and unknown columns", "fel.csv", "text/csv", Encoding.UTF8.GetBytes("kanal;synpunkt;okänd\r\npapper;=cmd|'/c calc'!A1;\0\r\n\"oavslutad\r\n")),
                ("a CSV with a 100,000-character line", "lang.csv", "text/csv", Encoding.UTF8.GetBytes("kanal;synpunkt\r\npapper;" + new string('x', 100_000) + "\r\n")),
                ("a CSV with 5,000 columns", "bred.csv", "text/csv", Encoding.UTF8.GetBytes(string.Join(';', Enumerable.Range(0, 5000)) + "\r\n" + string.Join(';', Enumerable.Range(0, 5000)) + "\r\n")),
                ("bytes that are not UTF-8", "latin.csv", "text/csv", [0xFF, 0xFE, 0xC3, 0x28, 0xA0, 0xA1, 0x0A]),
                ("11 MB", "stor.pdf", "application/pdf", [.. pdf.Take(9), .. new byte[11 * 1024 * 1024]]),
            };
            foreach (var file in hostileFiles)
            {
                yield return ($"multipart file {file.What}", () => (Multipart(generator, form, file.Name, file.Type, file.Bytes, null, null), $"multipart file: {file.What}"));
            }

            yield return ("a JSON body where multipart is declared", () => (Json("{\"title\":\"x\"}"), "{\"title\":\"x\"}"));
        }

        if (operation.RequestBody.Count > 0)
        {
            yield return ("no body at all", () => (null, ""));
        }
    }

    /// <summary>Hostile values for each path parameter, already escaped as they go on the wire.</summary>
    private IEnumerable<(string Name, string Value)> HostilePathValues(ContractOperation operation, Dictionary<string, string> path, FuzzFixture fixture)
    {
        foreach (var name in path.Keys)
        {
            var noun = Noun(operation, name);
            var other = _worker.Value!.Seen.Where(v => !v.Key.Equals(noun, StringComparison.OrdinalIgnoreCase) && v.Value.Count > 0).Select(v => v.Value[^1]).ToList();
            foreach (var value in new[]
                     {
                         "not-a-guid", "0", "-1", "99999999999999999999", "2026.5", new string('a', 3000),
                         "..%2F..%2Fapi%2Fstaff%2Fdialogues", "%2e%2e", "%00", "%E2%80%AE" + "abc", "%F0%9F%98%80", "%20",
                         Guid.Empty.ToString(), Guid.NewGuid().ToString(), "%27%20OR%201%3D1--",
                     }.Concat(other.Take(3).Select(Uri.EscapeDataString)))
            {
                yield return (name, value);
            }
        }
    }

    private static IEnumerable<(string What, List<(string Name, string Value)> Query)> HostileQueries(ContractOperation operation, List<(string Name, string Value)> valid)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            foreach (var value in new[] { "abc", "-1", "0", "99999999999", "", new string('q', 10_000), "%00", "fuzzUnknownValue", "%E2%80%AE", "1.5", "not-a-guid" })
            {
                var query = valid.Where(q => q.Name != parameter.Name).Append((parameter.Name, value)).ToList();
                yield return ($"query {parameter.Name}={Cut(value)}", query);
            }

            yield return ($"query {parameter.Name} twice", [.. valid, (parameter.Name, "1"), (parameter.Name, "2")]);
        }

        if (operation.Parameters.Any(p => p.In == "header"))
        {
            yield return ("an overlong header", valid);
        }
    }

    private static string Cut(string text) => text.Length > 40 ? text[..40] + $"…({text.Length})" : text;
}
