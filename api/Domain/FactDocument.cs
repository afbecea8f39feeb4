namespace Medborgardialog.Api.Domain;

/// <summary>
/// An uploaded fact document (PDF or image) of a dialogue, stored in the database — outside any web root —
/// and served with the content type found from its own bytes, never the one the uploader claimed.
/// </summary>
public sealed class FactDocument
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private FactDocument() { } // for EF

    public FactDocument(Guid id, Guid dialogueId, string title, string fileName, string contentType, byte[] content, DateTimeOffset uploadedAt)
    {
        Id = id;
        DialogueId = dialogueId;
        Title = title;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        SizeBytes = content.LongLength;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }
    public Guid DialogueId { get; private set; }
    public string Title { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public byte[] Content { get; private set; } = [];
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The type the bytes themselves say (PDF, PNG, JPEG), or null for anything else.</summary>
    public static string? DetectContentType(ReadOnlySpan<byte> head) => head switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf", // %PDF-
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        _ => null,
    };

    /// <summary>A file name safe to send back in a header: letters, digits, dot, dash, underscore.</summary>
    public static string SafeFileName(string name, string contentType)
    {
        var baseName = Path.GetFileNameWithoutExtension(Path.GetFileName(name.Replace('\\', '/')));
        var slug = Slug.From(baseName, 80);
        var extension = contentType switch
        {
            "application/pdf" => ".pdf",
            "image/png" => ".png",
            _ => ".jpg",
        };
        return slug + extension;
    }
}
