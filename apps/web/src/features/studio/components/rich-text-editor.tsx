import { forwardRef, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { NodeSelection } from '@tiptap/pm/state';
import { extractTextBlocks, type DocNode, type LocatedBlocks } from '../utils/extract-text-blocks.util';
import { uploadMedia } from '@/utils/upload-media.util';
import { EditorToolbar, type ToolbarItem } from './editor-toolbar';
import './rich-text-editor.css';

export interface RichTextEditorHandle {
  /** Puts the cursor on a block (from the plain-language panel) and focuses the editor. */
  focusBlock: (blockIndex: number) => void;
}

interface RichTextEditorProps {
  id: string;
  labelId: string;
  hintId?: string;
  initialHtml: string;
  lang: string;
  onChange: (html: string, blocks: LocatedBlocks) => void;
}

type Panel = 'link' | 'image' | null;

/**
 * The body editor: TipTap (ProseMirror) limited to what the API's sanitiser keeps (h2–h4, paragraphs,
 * lists, quotes, bold, italic, links, images), a formatting toolbar, and small inline forms for links
 * and images (an image needs its alt text). Tab always leaves the editor.
 */
export const RichTextEditor = forwardRef<RichTextEditorHandle, RichTextEditorProps>(function RichTextEditor(
  { id, labelId, hintId, initialHtml, lang, onChange },
  ref,
) {
  const { t } = useTranslation();
  const positions = useRef<number[]>([]);
  const [panel, setPanel] = useState<Panel>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const editor = useEditor({
    // The CSP (style-src 'self') refuses an injected <style>; the same rules live in global.css.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        // Links open where readers expect (no forced new tab); the API's sanitiser keeps href only.
        link: {
          openOnClick: false,
          autolink: true,
          protocols: ['http', 'https', 'mailto'],
          HTMLAttributes: { target: null, rel: null },
        },
      }),
      Image.configure({ inline: false }),
    ],
    content: initialHtml,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(hintId ? { 'aria-describedby': hintId } : {}),
        lang,
        class: 'editor__content prose',
      },
    },
    onCreate: ({ editor: e }) => {
      const located = extractTextBlocks(e.state.doc as unknown as DocNode);
      positions.current = located.positions;
      onChangeRef.current(e.getHTML(), located);
    },
    onUpdate: ({ editor: e }) => {
      const located = extractTextBlocks(e.state.doc as unknown as DocNode);
      positions.current = located.positions;
      onChangeRef.current(e.getHTML(), located);
    },
  });

  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: { ...editor.options.editorProps.attributes, lang } } });
  }, [editor, lang]);

  useImperativeHandle(
    ref,
    () => ({
      focusBlock: (blockIndex) => {
        const pos = positions.current[blockIndex];
        if (!editor || pos === undefined) return;
        const node = editor.state.doc.nodeAt(pos);
        if (node?.type.name === 'image') {
          editor.view.dispatch(
            editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, pos)).scrollIntoView(),
          );
          editor.view.focus();
        } else {
          editor
            .chain()
            .setTextSelection(pos + 1)
            .scrollIntoView()
            .run();
          // Focus now rather than on the next frame (TipTap's focus()), so the move is immediate.
          editor.view.focus();
        }
      },
    }),
    [editor],
  );

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
      orderedList: e?.isActive('orderedList') ?? false,
      blockquote: e?.isActive('blockquote') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  });

  const chain = () => editor?.chain().focus();
  const items: ToolbarItem[] = [
    {
      id: 'bold',
      label: t('studio.toolbar.bold'),
      pressed: state?.bold,
      run: () => chain()?.toggleBold().run(),
    },
    {
      id: 'italic',
      label: t('studio.toolbar.italic'),
      pressed: state?.italic,
      run: () => chain()?.toggleItalic().run(),
    },
    {
      id: 'h2',
      label: t('studio.toolbar.heading2'),
      pressed: state?.h2,
      run: () => chain()?.toggleHeading({ level: 2 }).run(),
    },
    {
      id: 'h3',
      label: t('studio.toolbar.heading3'),
      pressed: state?.h3,
      run: () => chain()?.toggleHeading({ level: 3 }).run(),
    },
    {
      id: 'ul',
      label: t('studio.toolbar.bulletList'),
      pressed: state?.bulletList,
      run: () => chain()?.toggleBulletList().run(),
    },
    {
      id: 'ol',
      label: t('studio.toolbar.orderedList'),
      pressed: state?.orderedList,
      run: () => chain()?.toggleOrderedList().run(),
    },
    {
      id: 'quote',
      label: t('studio.toolbar.quote'),
      pressed: state?.blockquote,
      run: () => chain()?.toggleBlockquote().run(),
    },
    { id: 'link', label: t('studio.toolbar.link'), pressed: state?.link, run: () => setPanel('link') },
    { id: 'image', label: t('studio.toolbar.image'), run: () => setPanel('image') },
  ];

  const closePanel = () => {
    setPanel(null);
    editor?.commands.focus();
  };

  return (
    <div className="editor">
      <EditorToolbar label={t('studio.toolbar.label')} controls={id} items={items} />
      {panel === 'link' && editor && (
        <LinkForm
          initial={String(editor.getAttributes('link')['href'] ?? '')}
          onApply={(href) => {
            const c = editor.chain().focus().extendMarkRange('link');
            if (href) c.setLink({ href }).run();
            else c.unsetLink().run();
            setPanel(null);
          }}
          onCancel={closePanel}
        />
      )}
      {panel === 'image' && editor && (
        <ImageForm
          onInsert={(src, alt) => {
            editor.chain().focus().setImage({ src, alt }).run();
            setPanel(null);
          }}
          onCancel={closePanel}
        />
      )}
      {/*
        Tab must always leave the editor (no keyboard trap): stop it in the capture phase, before
        ProseMirror's list keymap would use it to indent, and let the browser move focus as usual.
      */}
      <div
        onKeyDownCapture={(e) => {
          if (e.key === 'Tab') e.stopPropagation();
        }}
      >
        <EditorContent editor={editor} />
      </div>
    </div>
  );
});

function LinkForm({
  initial,
  onApply,
  onCancel,
}: {
  initial: string;
  onApply: (href: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [href, setHref] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  useEffect(() => inputRef.current?.focus(), []);
  const apply = () => {
    const value = href.trim();
    if (value && !/^(https?:\/\/|mailto:|\/)/i.test(value)) {
      setError(t('studio.toolbar.linkInvalid'));
      inputRef.current?.focus();
      return;
    }
    onApply(value);
  };
  return (
    // Escape closes the panel from whichever of its fields has focus.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="editor__panel"
      role="group"
      aria-label={t('studio.toolbar.linkPanel')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter') {
          e.preventDefault();
          apply();
        }
      }}
    >
      <label className="field__label" htmlFor={fieldId}>
        {t('studio.toolbar.linkAddress')}
      </label>
      {error && (
        <p className="field__error" id={`${fieldId}-error`}>
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      )}
      <input
        ref={inputRef}
        id={fieldId}
        className="field__input"
        type="url"
        inputMode="url"
        value={href}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        onChange={(e) => setHref(e.target.value)}
      />
      <div className="button-row">
        <button type="button" className="button" onClick={apply}>
          {href.trim() ? t('studio.toolbar.linkApply') : t('studio.toolbar.linkRemove')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('studio.cancel')}
        </button>
      </div>
    </div>
  );
}

function ImageForm({
  onInsert,
  onCancel,
}: {
  onInsert: (src: string, alt: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [error, setError] = useState<{ field: 'file' | 'alt'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const altRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const altId = useId();
  useEffect(() => fileRef.current?.focus(), []);

  const insert = async () => {
    if (!file) {
      setError({ field: 'file', message: t('studio.media.chooseFile') });
      fileRef.current?.focus();
      return;
    }
    if (!alt.trim()) {
      setError({ field: 'alt', message: t('studio.media.altRequired') });
      altRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const image = await uploadMedia(file);
      onInsert(image.url, alt.trim());
    } catch {
      setError({ field: 'file', message: t('studio.media.uploadFailed') });
      fileRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };
  return (
    // Escape closes the panel from whichever of its fields has focus.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="editor__panel"
      role="group"
      aria-label={t('studio.toolbar.imagePanel')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label className="field__label" htmlFor={fileId}>
        {t('studio.media.file')}
      </label>
      {error?.field === 'file' && (
        <p className="field__error" id={`${fileId}-error`}>
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error.message}
        </p>
      )}
      <input
        ref={fileRef}
        id={fileId}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
        aria-invalid={error?.field === 'file' ? true : undefined}
        aria-describedby={error?.field === 'file' ? `${fileId}-error` : undefined}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <label className="field__label" htmlFor={altId}>
        {t('studio.media.alt')}
      </label>
      <p className="field__hint" id={`${altId}-hint`}>
        {t('studio.media.altHint')}
      </p>
      {error?.field === 'alt' && (
        <p className="field__error" id={`${altId}-error`}>
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error.message}
        </p>
      )}
      <input
        ref={altRef}
        id={altId}
        className="field__input"
        value={alt}
        aria-invalid={error?.field === 'alt' ? true : undefined}
        aria-describedby={`${altId}-hint${error?.field === 'alt' ? ` ${altId}-error` : ''}`}
        onChange={(e) => setAlt(e.target.value)}
      />
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => void insert()}
        >
          {busy ? t('studio.media.uploading') : t('studio.toolbar.imageInsert')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('studio.cancel')}
        </button>
      </div>
    </div>
  );
}
