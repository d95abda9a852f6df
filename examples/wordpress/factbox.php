<?php
/**
 * Plugin Name: Factbox
 * Description: Adds the Factbox embed script to every page, once, so that editors can insert charts by pasting the embed builder's CMS code, <div data-factbox="…">…the chart's facts…</div> (which WordPress keeps for Authors and Contributors).
 * Version: 0.1.0
 * Requires at least: 6.5
 * License: MIT
 *
 * Install: copy this file and factbox.css to wp-content/plugins/factbox/ and activate "Factbox".
 * FACTBOX_EMBED_VERSION and FACTBOX_EMBED_INTEGRITY are the release this repository's snippets
 * pin (written by `npm run version-packages`); to pin another version, take both from its
 * dist/integrity.json.
 */

defined( 'ABSPATH' ) || exit;

const FACTBOX_EMBED_VERSION   = '0.1.0';
const FACTBOX_EMBED_INTEGRITY = 'sha384-LW1g/bMZFbcAyFZMZrV1v4f7grqva+dOEJAtS7QilX3NXxmnCIt5EHZbP2TIkX08';

/** Pages where an article, and so a chart, may appear. */
function factbox_may_show_charts() {
	return is_singular() || is_home() || is_archive();
}

/**
 * The one script tag, in <head>, as a module with Subresource Integrity. Printed with
 * wp_print_script_tag() so that WordPress adds its own attributes (e.g. a CSP nonce).
 */
add_action(
	'wp_head',
	static function () {
		if ( ! factbox_may_show_charts() ) {
			return;
		}
		wp_print_script_tag(
			array(
				'type'        => 'module',
				'async'       => true,
				'src'         => 'https://cdn.jsdelivr.net/npm/@factbox/embed@' . FACTBOX_EMBED_VERSION . '/dist/embed.js',
				'integrity'   => FACTBOX_EMBED_INTEGRITY,
				'crossorigin' => 'anonymous',
			)
		);
	}
);

/**
 * Each placeholder keeps its widget's height before the script runs, so the article does
 * not jump: factbox.css, a file beside this one (no inline style, so a strict
 * Content-Security-Policy holds), versioned by its modification time.
 */
add_action(
	'wp_enqueue_scripts',
	static function () {
		if ( ! factbox_may_show_charts() ) {
			return;
		}
		wp_enqueue_style( 'factbox', plugins_url( 'factbox.css', __FILE__ ), array(), (string) filemtime( __DIR__ . '/factbox.css' ) );
	}
);
