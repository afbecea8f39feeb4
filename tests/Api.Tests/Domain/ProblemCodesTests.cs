using System.Reflection;
using System.Text.RegularExpressions;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Infrastructure.Errors;

namespace Medborgardialog.Api.Tests.Domain;

/// <summary>The API's vocabulary for clients: one code per rule, each a dotted camelCase name, none used twice.</summary>
public sealed partial class ProblemCodesTests
{
    private static readonly IReadOnlyList<(string Name, string Code)> Codes = typeof(ProblemCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
        .ToList();

    [Test]
    public void Every_code_is_a_dotted_camel_case_name_and_means_one_thing()
    {
        Codes.Should().AllSatisfy(c => DottedCamelCase().IsMatch(c.Code).Should().BeTrue($"{c.Name} = \"{c.Code}\""));
        Codes.Select(c => c.Code).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void A_refusal_and_a_not_found_carry_their_code()
    {
        var dialogue = Dialogue.CreateDraft("d", "T", "S", "Q", "KS", null, null, [DialogueForm.Survey], [], [], DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch.AddDays(1), DateTimeOffset.UnixEpoch);

        var refusal = FluentActions.Invoking(() => dialogue.Open(DateTimeOffset.UnixEpoch, Actor.System)).Should().Throw<DomainRuleException>().Which;

        refusal.Code.Should().Be("dialogue.notPublished");
        refusal.Message.Should().Be("The dialogue must be published before it opens.");
        new NotFoundException(ProblemCodes.DialogueNotFound, "There is no dialogue.").Code.Should().Be("dialogue.notFound");
    }

    [GeneratedRegex("^[a-z][a-zA-Z]*\\.[a-z][a-zA-Z]*$")]
    private static partial Regex DottedCamelCase();
}
