const MARK = "\u0000";

/** A translated sentence with one part in bold: `text` words it around the placeholder it is given. */
export const Emphasized = (props: { text: (emphasis: string) => string; emphasis: string }) => {
  const parts = () => props.text(MARK).split(MARK);
  return (
    <>
      {parts()[0]}
      <strong>{props.emphasis}</strong>
      {parts()[1]}
    </>
  );
};
