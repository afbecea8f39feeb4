using System.Net;
using System.Net.Http.Headers;
using Medborgardialog.Api.Domain;
using Medborgardialog.Api.Features.Dialogues;
using Medborgardialog.Api.Tests.Infrastructure;

namespace Medborgardialog.Api.Tests.Features.Dialogues;

public sealed class FactDocumentTests : ApiTest
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[2048], .. "\n%%EOF"u8.ToArray()];

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string claimedType = "application/pdf", string title = "Förstudie")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        return new MultipartFormDataContent { { new StringContent(title), "title" }, { file, "file", fileName } };
    }

    [Test]
    public async Task An_uploaded_pdf_is_listed_on_the_dialogue_and_served_with_its_real_type()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);

        var response = await Official.PostAsync($"/api/dialogues/{dialogue.Id}/documents", Upload(Pdf, "../../Förstudie skatepark.PDF"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var uploaded = await ReadAsync<UploadFactDocumentResponse>(response);
        uploaded.FileName.Should().Be("forstudie-skatepark.pdf");
        var details = await ReadAsync<DialogueDetails>(await Client.GetAsync($"/api/dialogue-slugs/{dialogue.Slug}"));
        details.Documents.Should().ContainSingle().Which.Title.Should().Be("Förstudie");
        var file = await Client.GetAsync(uploaded.Url);
        file.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        file.Content.Headers.ContentDisposition!.FileName.Should().Contain("forstudie-skatepark.pdf");
        (await file.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);
        file.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Test]
    public async Task A_file_that_is_not_a_pdf_or_image_is_refused_whatever_its_name_and_claimed_type()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        var html = "<html><script>alert(1)</script></html>"u8.ToArray();

        var response = await Official.PostAsync($"/api/dialogues/{dialogue.Id}/documents", Upload(html, "rapport.pdf", "application/pdf"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).Errors!["file"].Should().Contain("Only PDF, PNG and JPEG files can be uploaded.");
    }

    [Test]
    public async Task A_file_over_ten_megabytes_is_refused()
    {
        var dialogue = await Scenario.Dialogue(Official).InStageAsync(Stage.Announced);
        var big = new byte[FactDocument.MaxBytes + 1];
        Pdf.AsSpan(0, 8).CopyTo(big);

        var response = await Official.PostAsync($"/api/dialogues/{dialogue.Id}/documents", Upload(big, "stor.pdf"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).Errors!["file"].Should().Contain("The file is larger than 10 MB.");
    }

    [Test]
    public async Task A_draft_s_documents_are_not_public()
    {
        var draft = await Scenario.Dialogue(Official).InStageAsync(Stage.Draft);
        var uploaded = await ReadAsync<UploadFactDocumentResponse>(
            await Official.PostAsync($"/api/dialogues/{draft.Id}/documents", Upload(Pdf, "utkast.pdf")));

        (await Client.GetAsync(uploaded.Url)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
