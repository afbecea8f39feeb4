using System.Text.Json.Nodes;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features;

/// <summary>What the committed contract tells an integrator, read as they would read it.</summary>
public sealed class ContractTextTests
{
    private static readonly JsonNode Document = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "contracts", "openapi.json")))!;

    private static IEnumerable<(string Name, JsonNode Operation)> Operations() =>
        Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", op.Value!)));

    [Test]
    public void No_text_in_the_contract_names_a_source_identifier_or_a_file_of_the_repository()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot.Path, "contracts", "openapi.json"));
        var leaks = System.Text.RegularExpressions.Regex.Matches(text, @".{0,60}(Medborgardialog\.Api|\w+\.cs\b|api/Features|tests/Api).{0,20}")
            .Select(m => m.Value).ToList();

        leaks.Should().BeEmpty("an integrator has neither our types nor our files");
    }

    [Test]
    public void Every_operation_says_who_may_call_it_and_answers_problems_in_the_one_schema()
    {
        foreach (var (name, operation) in Operations())
        {
            operation["description"]!.GetValue<string>().Should().Contain("**Who may call it:**", name);
            operation["security"].Should().NotBeNull(name);
            foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5'))
            {
                var problem = response!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
                if (response["content"]?["text/plain"] is null)
                {
                    problem.Should().Be("#/components/schemas/ApiProblem", $"{name} {status}");
                }
            }
        }
    }

    [Test]
    public void Staff_operations_declare_401_and_those_with_roles_403()
    {
        var staff = Operations().Where(o => o.Operation["security"]!.AsArray().Any(r => r!.AsObject().Count > 0)).ToList();

        staff.Should().HaveCountGreaterThan(40);
        staff.Should().AllSatisfy(o => o.Operation["responses"]!["401"].Should().NotBeNull(o.Name));
        Operations().Single(o => o.Name == "POST /api/dialogues/{id}/close").Operation["responses"]!.AsObject()
            .Select(r => r.Key).Should().Contain(["401", "403", "404", "409", "503"]);
    }

    [Test]
    public void The_problem_schema_requires_a_code_and_a_trace_id()
    {
        var required = Document["components"]!["schemas"]!["ApiProblem"]!["required"]!.AsArray().Select(r => r!.GetValue<string>());

        required.Should().Contain(["code", "traceId", "status", "title", "detail", "type"]);
    }

    [Test]
    public void Every_json_request_body_has_an_example_that_fits_its_schema()
    {
        var contract = Contract.ContractDocument.Current;
        var validator = new Contract.SchemaValidator(contract);
        var bodies = contract.Operations.Where(o => o.RequestBody.ContainsKey("application/json")).ToList();

        bodies.Should().HaveCountGreaterThan(20);
        foreach (var operation in bodies)
        {
            var schema = contract.Resolve(operation.RequestBody["application/json"]);
            var example = schema?["example"] ?? contract.Resolve(schema?["allOf"]?[0])?["example"];
            example.Should().NotBeNull($"{operation} shows an integrator what to send");
            validator.Validate(example, operation.RequestBody["application/json"]).Should().BeEmpty(operation.ToString());
        }
    }

    [Test]
    public void The_import_documents_its_columns_and_the_words_each_accepts()
    {
        var description = Operations().Single(o => o.Name == "POST /api/dialogues/{id}/offline-opinions/import").Operation["description"]!.GetValue<string>();

        description.Should().Contain("`kanal`").And.Contain("`Dialogpromenad`").And.Contain("`26–40`").And.Contain("`Boende i Karlskoga`")
            .And.Contain("fråga 1").And.Contain("20,000 rows");
    }
}
