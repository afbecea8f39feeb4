namespace Medborgardialog.Api.Infrastructure.Http;

public static class FormFiles
{
    /// <summary>The uploaded file's bytes (the request size limit of the endpoint bounds how many).</summary>
    public static async Task<byte[]> ReadAllBytesAsync(this IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
