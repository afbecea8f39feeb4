namespace Medborgardialog.Api.Domain;

/// <summary>The forms a dialogue can take (promise Q3a: varied forms).</summary>
public enum DialogueForm
{
    Survey,
    OpenMeeting,
    Workshop,
    FocusGroup,
    DialogueWalk,
    DigitalForum,
    PopUp,
    YouthDialogue,
}
