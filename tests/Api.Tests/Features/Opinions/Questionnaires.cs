using System.Net;
using System.Net.Http.Json;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Opinions;

/// <summary>A dialogue with a questionnaire of every kind, opened, for the opinion tests.</summary>
internal static class Questionnaires
{
    public static readonly object Questions = new
    {
        questions = new object[]
        {
            new { kind = "singleChoice", text = "Var ska parken ligga?", textEn = "Where should the park be?", required = true,
                options = new[] { new { text = "Skranta", textEn = (string?)null }, new { text = "Centrum", textEn = (string?)null } } },
            new { kind = "multipleChoice", text = "Vad ska finnas?", textEn = (string?)null, required = false,
                options = new[] { new { text = "Bowl", textEn = (string?)null }, new { text = "Ramper", textEn = (string?)null }, new { text = "Belysning", textEn = (string?)null } } },
            new { kind = "scale", text = "Hur viktigt är det?", textEn = (string?)null, required = true, options = Array.Empty<object>() },
            new { kind = "ranking", text = "Rangordna", textEn = (string?)null, required = false,
                options = new[] { new { text = "Pris", textEn = (string?)null }, new { text = "Läge", textEn = (string?)null } } },
            new { kind = "freeText", text = "Något mer?", textEn = (string?)null, required = false, options = Array.Empty<object>() },
        },
    };

    /// <summary>Announces a draft, gives it the questionnaire, publishes and opens it.</summary>
    public static async Task<(AnnounceDialogueResponse Dialogue, IReadOnlyList<QuestionDto> Questions)> OpenWithQuestionnaireAsync(HttpClient official)
    {
        var dialogue = await Dialogues.Dialogues.AnnounceAsync(official);
        var set = await official.PutAsJsonAsync($"/api/dialogues/{dialogue.Id}/questionnaire", Questions, ApiTestJson.Options);
        set.StatusCode.Should().Be(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        var questions = (await set.Content.ReadFromJsonAsync<List<QuestionDto>>(ApiTestJson.Options))!;
        (await official.PostAsync($"/api/dialogues/{dialogue.Id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await official.PostAsync($"/api/dialogues/{dialogue.Id}/open", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        return (dialogue, questions);
    }

    /// <summary>A complete, valid set of answers.</summary>
    public static object[] GoodAnswers(IReadOnlyList<QuestionDto> q) =>
    [
        new { questionId = q[0].Id, text = (string?)null, optionIds = new[] { q[0].Options[0].Id }, scale = (int?)null },
        new { questionId = q[1].Id, text = (string?)null, optionIds = new[] { q[1].Options[0].Id, q[1].Options[2].Id }, scale = (int?)null },
        new { questionId = q[2].Id, text = (string?)null, optionIds = (Guid[]?)null, scale = (int?)4 },
        new { questionId = q[3].Id, text = (string?)null, optionIds = new[] { q[3].Options[1].Id, q[3].Options[0].Id }, scale = (int?)null },
        new { questionId = q[4].Id, text = "Gärna vattenpost", optionIds = (Guid[]?)null, scale = (int?)null },
    ];

    public static object Opinion(object[] answers, string? text = null) =>
        new { text, answers, background = (object?)null, feedbackEmail = (string?)null, consentToFeedback = false };

    public static QuestionKind[] Kinds => [QuestionKind.SingleChoice, QuestionKind.MultipleChoice, QuestionKind.Scale, QuestionKind.Ranking, QuestionKind.FreeText];
}
